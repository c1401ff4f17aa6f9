import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n/index.js";
import { deadlineLines } from "./deadlineLines.js";
import type { MeetingSchedule } from "./lifecycleApi.js";
import "./panels.css";

/** A meeting's deadlines, one per line; a near deadline is marked, a missed one red, in words as well as colour. */
export function DeadlineList({ schedule }: { schedule: MeetingSchedule }) {
  const { t } = useTranslation();
  return (
    <ul className="deadline-list" data-testid="deadlines">
      {deadlineLines(schedule, currentLanguage(), t).map((line) => (
        <li key={line.deadline} className={line.warning ? `deadline deadline--${line.warning}` : "deadline"}>
          {line.text}
          {line.warningText && <strong className="deadline__warning">{line.warningText}</strong>}
        </li>
      ))}
    </ul>
  );
}
