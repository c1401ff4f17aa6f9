/** Danish text of what is wrong with an action item's or escalation's fields (mounted as `fields` in the locale). */
export const fieldsDa = {
  date: {
    yearDigits: "Året skal have fire cifre, fx 2027.",
    yearRange: "Året skal ligge mellem {{first}} og {{last}}.",
    noSuchDay: "Den dag findes ikke.",
    incomplete: "Skriv både dag, måned og år.",
    unchanged: "Fristen er ikke ændret.",
    missing: "Vælg fristens dato.",
    stored: "Den gemte frist »{{value}}« er ikke en gyldig dato. Vælg en ny.",
  },
  dueCondition: "Skriv betingelsen for fristen.",
  dueKindUnknown: "Den gemte frist »{{value}}« kendes ikke. Vælg en ny.",
  ownerText: "Skriv, hvem der er ansvarlig.",
  ownerMissing: "Den ansvarlige mangler. Vælg igen.",
  ownerKindUnknown: "Den gemte ansvarlige »{{value}}« kendes ikke. Vælg igen.",
  ownerNotMember: "{{name}} er ikke medlem af forummet.",
  statusUnknown: "Ukendt status »{{value}}«. Vælg en af de andre.",
  targetInvalid: "»{{name}}« kan ikke modtage eskaleringer fra dette forum. Vælg en gyldig modtager.",
  targetExternal: "Skriv, hvem eskaleringen sendes til.",
  invalidDate: "ugyldig dato ({{value}})",
};

/** English text of what is wrong with an action item's fields. */
export const fieldsEn: typeof fieldsDa = {
  date: {
    yearDigits: "The year must have four digits, e.g. 2027.",
    yearRange: "The year must be between {{first}} and {{last}}.",
    noSuchDay: "That day does not exist.",
    incomplete: "Enter the day, the month and the year.",
    unchanged: "The due date has not been changed.",
    missing: "Choose the due date.",
    stored: "The stored due date “{{value}}” is not a valid date. Choose a new one.",
  },
  dueCondition: "Enter the condition for the due point.",
  dueKindUnknown: "The stored due point “{{value}}” is not known. Choose a new one.",
  ownerText: "Enter who is responsible.",
  ownerMissing: "The owner is missing. Choose again.",
  ownerKindUnknown: "The stored owner “{{value}}” is not known. Choose again.",
  ownerNotMember: "{{name}} is not a member of the forum.",
  statusUnknown: "Unknown status “{{value}}”. Choose one of the others.",
  targetInvalid: "“{{name}}” cannot receive escalations from this forum. Choose a valid recipient.",
  targetExternal: "Enter who the escalation is sent to.",
  invalidDate: "invalid date ({{value}})",
};
