import { escapeHtml } from "./html/escape.js";

const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const SIZE = 520;
const C = SIZE / 2;
const R_OUTER = 240;
const R_INNER = 150;
const SHORT_NAME = 20;

/** What a forum's year wheel shows. */
export interface YearWheelInput {
  forumName: string;
  year: number;
  meetings: { startsAt: Date; title: string }[];
  agreements: { name: string; reviewMonth: number; needsRevision: boolean }[];
}

const point = (angle: number, r: number) => [C + r * Math.sin(angle), C - r * Math.cos(angle)].map((n) => n.toFixed(1));
const monthAngle = (month: number) => (month / 12) * 2 * Math.PI;

function dayAngle(date: Date, year: number): number {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return ((date.getTime() - start) / 86_400_000 / days) * 2 * Math.PI;
}

/**
 * The årshjul as an SVG: twelve month segments, the forum's meetings as
 * dots on the rim, and each collaboration agreement in the month it is
 * reviewed (marked when it needs revision). Text is escaped; the SVG has a
 * title and a description for screen readers.
 */
export function yearWheelSvg(input: YearWheelInput): string {
  const parts: string[] = [];
  MONTHS.forEach((label, m) => {
    const [x1, y1] = point(monthAngle(m), R_OUTER);
    const [x2, y2] = point(monthAngle(m + 1), R_OUTER);
    const [x3, y3] = point(monthAngle(m + 1), R_INNER);
    const [x4, y4] = point(monthAngle(m), R_INNER);
    const fill = m % 2 === 0 ? "#eef3f7" : "#e2ebf2";
    parts.push(`<path d="M${x1},${y1} A${R_OUTER},${R_OUTER} 0 0 1 ${x2},${y2} L${x3},${y3} A${R_INNER},${R_INNER} 0 0 0 ${x4},${y4} Z" fill="${fill}" stroke="#fff"/>`);
    const [lx, ly] = point(monthAngle(m + 0.5), R_OUTER - 18);
    parts.push(`<text x="${lx}" y="${ly}" text-anchor="middle" dominant-baseline="middle" font-size="13" fill="#1f3b57">${label}</text>`);
    const inMonth = input.agreements.filter((a) => a.reviewMonth === m + 1);
    inMonth.forEach((a, i) => {
      // Inside the month labels, short enough to stay within the wheel; the full name is the tooltip.
      const [ax, ay] = point(monthAngle(m + 0.5), R_INNER + 42 - i * 13);
      const color = a.needsRevision ? "#b3261e" : "#1f3b57";
      const short = a.name.length > SHORT_NAME ? `${a.name.slice(0, SHORT_NAME - 1)}…` : a.name;
      const label = escapeHtml(a.needsRevision ? `⚠ ${short}` : short);
      parts.push(`<g><title>${escapeHtml(a.name)}</title><text x="${ax}" y="${ay}" text-anchor="middle" font-size="9" fill="${color}">${label}</text></g>`);
    });
  });
  for (const m of input.meetings) {
    const [mx, my] = point(dayAngle(m.startsAt, input.year), R_OUTER + 6);
    parts.push(`<circle cx="${mx}" cy="${my}" r="6" fill="#2e6f9e"><title>${escapeHtml(m.title)}</title></circle>`);
  }
  const desc = [
    `${input.meetings.length} møder`,
    ...input.agreements.map((a) => `${a.name}: ${MONTHS[a.reviewMonth - 1]}${a.needsRevision ? " (skal revideres)" : ""}`),
  ].join("; ");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-labelledby="t d">`,
    `<title id="t">Årshjul ${input.year}: ${escapeHtml(input.forumName)}</title>`,
    `<desc id="d">${escapeHtml(desc)}</desc>`,
    ...parts,
    `<text x="${C}" y="${C}" text-anchor="middle" dominant-baseline="middle" font-size="28" font-weight="600" fill="#1f3b57">${input.year}</text>`,
    "</svg>",
  ].join("\n");
}
