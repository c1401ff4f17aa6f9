import type { TFunction } from "i18next";
import type { AgendaItemRef } from "./commentsApi.js";

/** "Punkt 2: Modeller til organisering", or just the title when the item has no number. */
export function itemLabel(item: AgendaItemRef, t: TFunction): string {
  const title = item.title || t("panels.untitled");
  return item.number ? t("panels.item", { number: item.number, title }) : title;
}
