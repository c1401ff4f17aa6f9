import type { Extensions } from "@tiptap/core";
import Collaboration, { isChangeOrigin } from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { documentExtensions } from "../../shared/editor/extensions.js";
import { AgendaItemCommands } from "./agendaItemCommands.js";
import { CaretSync } from "./caret/caretSync.js";
import { BlockControls } from "./commands/blockControls.js";
import { DropAgendaItem } from "./commands/dropAgendaItem.js";
import { InsertItemSection } from "./commands/insertItemSection.js";
import { MoveAgendaItem } from "./commands/moveAgendaItem.js";
import { MarkCurrentItem } from "./live/markCurrentItem.js";
import { withNodeViews } from "./nodeViews/withNodeViews.js";
import { CprHighlight } from "./cpr/cprHighlight.js";
import { PasteCleanup } from "./paste/pasteCleanup.js";
import { SlashCommand } from "./slash/slashCommand.js";
import { SectionTable } from "./table/sectionTable.js";
import { StructureGuard } from "./structure/StructureGuard.js";

/** What the editor's extensions are configured with. */
export interface MeetingExtensionOptions {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  user: { name: string; color: string };
  /** The meeting's forum, named in a new Indstilling. */
  forumName: string;
}

/**
 * The editor's extensions: the shared document schema (with React node views)
 * bound to the Yjs doc, plus editor-only commands, keys, the slash menu and
 * paste cleanup. UniqueID leaves remote changes alone so ids are only
 * assigned where a block is made.
 */
export function meetingExtensions({ ydoc, provider, user, forumName }: MeetingExtensionOptions): Extensions {
  return [
    ...withNodeViews(documentExtensions({ filterTransaction: (transaction) => !isChangeOrigin(transaction) })),
    Collaboration.configure({ document: ydoc }),
    CollaborationCaret.configure({ provider, user }),
    CaretSync.configure({ ydoc }),
    AgendaItemCommands,
    MoveAgendaItem,
    DropAgendaItem,
    InsertItemSection,
    SectionTable,
    BlockControls,
    StructureGuard,
    MarkCurrentItem.configure({ ydoc }),
    SlashCommand.configure({ forumName }),
    PasteCleanup,
    CprHighlight,
  ];
}
