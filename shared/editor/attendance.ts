import { Node, mergeAttributes } from "@tiptap/core";
import { ATTENDEE_ROLES, oneOf } from "./vocabulary.js";
import { dataAttribute } from "./textBlock.js";

/**
 * The participants list (Deltagere / Afbud / Sekretariat) as one block of
 * attendee rows. Each row is its own node so two people toggling different
 * attendees at once never overwrite each other.
 */
export const Attendance = Node.create({
  name: "attendance",
  group: "block",
  content: "attendee*",

  parseHTML() {
    return [{ tag: "ul[data-type='attendance']" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["ul", mergeAttributes(HTMLAttributes, { "data-type": "attendance", class: "attendance" }), 0];
  },
});

/** One person on the participants list: present, or absent (afbud). */
export const Attendee = Node.create({
  name: "attendee",
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      userId: dataAttribute("user-id"),
      name: { default: "", parseHTML: (el) => el.getAttribute("data-name") ?? el.textContent ?? "", renderHTML: (a) => ({ "data-name": a.name }) },
      organisation: dataAttribute("organisation"),
      role: {
        default: "medlem",
        parseHTML: (el) => oneOf(ATTENDEE_ROLES, el.getAttribute("data-role"), "medlem"),
        renderHTML: (a) => ({ "data-role": a.role }),
      },
      present: {
        default: true,
        parseHTML: (el) => el.getAttribute("data-present") !== "false",
        renderHTML: (a) => ({ "data-present": String(a.present) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "li[data-type='attendee']" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { name, organisation, role, present } = node.attrs;
    const notes = [role === "medformand" ? "medformand" : null, present ? null : "afbud"].filter(Boolean);
    const text = `${name}${organisation ? `, ${organisation}` : ""}${notes.length ? ` (${notes.join(", ")})` : ""}`;
    return ["li", mergeAttributes(HTMLAttributes, { "data-type": "attendee", class: "attendee" }), text];
  },
});
