export * from "./organisations.js";
export * from "./users.js";
export * from "./forums.js";
export * from "./meetings.js";
export * from "./documentStore.js";
export * from "./blocks.js";
export * from "./attachments.js";
export * from "./actionItemEvents.js";
