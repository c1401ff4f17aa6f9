import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import { ITEM_SECTIONS, oneOf } from "../../../shared/editor/vocabulary.js";
import { AttachmentsPanel } from "../attachments/AttachmentsPanel.js";

// The item a section stands in; sections are direct children of agenda items.
function agendaItemIdOf({ editor, getPos }: Pick<ReactNodeViewProps, "editor" | "getPos">): string | null {
  const pos = getPos();
  if (typeof pos !== "number") return null;
  const parent = editor.state.doc.resolve(pos).parent;
  return parent.type.name === "agendaItem" && typeof parent.attrs.id === "string" ? parent.attrs.id : null;
}

/**
 * A section of an agenda item with its label in the UI language (the shared
 * schema's printed label is Danish). A Bilag section also lists the item's
 * attachments and, for editors, lets them attach files.
 */
export function ItemSectionView(props: ReactNodeViewProps) {
  const { t } = useTranslation();
  const section = oneOf(ITEM_SECTIONS, props.node.attrs.section, "sagsfremstilling");
  const itemId = section === "bilag" ? agendaItemIdOf(props) : null;
  return (
    <NodeViewWrapper className="item-section" data-section={section}>
      <h3 className="item-section__label" contentEditable={false}>
        {t(`blocks.sections.${section}`)}
      </h3>
      {itemId && <AttachmentsPanel agendaItemId={itemId} />}
      <NodeViewContent className="item-section__body" />
    </NodeViewWrapper>
  );
}
