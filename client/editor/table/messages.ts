/** Danish text of the table controls (mounted as `tableTools` in the locale). */
export const tableToolsDa = {
  label: "Tabel",
  insert: "Tabel",
  insertHint: "Indsæt en tabel i afsnittet",
  insertUnavailable: "Tabeller kan stå i Sagsfremstilling og Beslutning",
  rowAbove: "Række over",
  rowBelow: "Række under",
  deleteRow: "Slet række",
  columnBefore: "Kolonne før",
  columnAfter: "Kolonne efter",
  deleteColumn: "Slet kolonne",
  deleteTable: "Slet tabel",
  keys: "Tab: næste celle · {{tools}}: tabelknapperne · Esc: tilbage til teksten",
};

/** English text of the table controls. */
export const tableToolsEn: typeof tableToolsDa = {
  label: "Table",
  insert: "Table",
  insertHint: "Insert a table in the section",
  insertUnavailable: "Tables can go in Background and Decision",
  rowAbove: "Row above",
  rowBelow: "Row below",
  deleteRow: "Delete row",
  columnBefore: "Column before",
  columnAfter: "Column after",
  deleteColumn: "Delete column",
  deleteTable: "Delete table",
  keys: "Tab: next cell · {{tools}}: table buttons · Esc: back to the text",
};
