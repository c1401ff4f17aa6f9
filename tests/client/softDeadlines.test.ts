import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { deadlineLines } from "../../client/meetingPanels/deadlineLines.js";
import type { MeetingSchedule } from "../../client/meetingPanels/lifecycleApi.js";
import { da } from "../../client/i18n/da.js";
import { en } from "../../client/i18n/en.js";

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ lng: "da", resources: { da: { translation: da }, en: { translation: en } } }));

// A meeting on 4 March 2030 whose agenda, due 18 February, was not sent.
const late = (deadlinesFirm: boolean): MeetingSchedule => ({
  status: "planlagt",
  statusLabel: "Planlagt",
  dateProblem: null,
  deadlines: { agendaDue: "2030-02-18", minutesDue: "2030-03-11", commentPeriodEndsOn: null },
  deadlinesFirm,
  warnings: [{ deadline: "agenda", due: "2030-02-18", state: "missed", firm: deadlinesFirm }],
  agendaSentAt: null,
  minutesSentAt: null,
  approvedAt: null,
  publishedAt: null,
  cancelledAt: null,
  cancelReason: null,
});

describe("the wording of deadlines", () => {
  it("says a forum's soft deadline tilstræbes, in the line and in its warning", () => {
    const [agenda, minutes] = deadlineLines(late(false), "da", i18n.t);
    expect(agenda).toMatchObject({ text: "Dagsorden tilstræbes udsendt senest mandag 18. februar 2030", warning: "missed", warningText: "Fristen er overskredet (tilstræbes)" });
    expect(minutes.text).toBe("Referat tilstræbes udsendt senest mandag 11. marts 2030");
  });

  it("keeps firm deadlines worded as binding", () => {
    const [agenda] = deadlineLines(late(true), "da", i18n.t);
    expect(agenda).toMatchObject({ text: "Dagsorden skal udsendes senest mandag 18. februar 2030", warningText: "Fristen er overskredet" });
  });

  it("has the soft wording in English too", async () => {
    const english = i18n.cloneInstance({ lng: "en" });
    await english.changeLanguage("en");
    const [agenda] = deadlineLines(late(false), "en", english.t);
    expect(agenda.warningText).toBe("Deadline missed (a target, not binding)");
    expect(agenda.text).toContain("should if possible be sent by Monday 18 February 2030");
  });
});
