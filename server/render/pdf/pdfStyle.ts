/** The PDF house style: A4 in points, Helvetica, the same colours as the public pages. */
export const PDF = {
  margin: { top: 62, bottom: 72, left: 62, right: 62 },
  colour: {
    ink: "#1f2933",
    muted: "#52606d",
    line: "#d9dee3",
    accent: "#2f5d62",
    link: "#2f5d62",
    headerFill: "#eef1f3",
  },
  tone: {
    decision: { bar: "#3b7a57", fill: "#eef6f0" },
    action: { bar: "#a86b12", fill: "#fdf5e6" },
    escalation: { bar: "#2b5f99", fill: "#edf3fb" },
  },
  size: { body: 10.5, small: 9, kicker: 10, title: 20, forum: 11.5, tocTitle: 14, item: 14, section: 11 },
  lineGap: 2,
  indent: 16,
} as const;

/** The standard font for a combination of marks. */
export function fontFor(marks: { bold?: boolean; italic?: boolean; code?: boolean }): string {
  const family = marks.code ? "Courier" : "Helvetica";
  const style = marks.bold && marks.italic ? "BoldOblique" : marks.bold ? "Bold" : marks.italic ? "Oblique" : "";
  return style ? `${family}-${style}` : family;
}
