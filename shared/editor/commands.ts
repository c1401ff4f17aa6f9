declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    trackedBlocks: {
      /** Inserts an empty decision after the current block. */
      insertDecision: () => ReturnType;
      /** Inserts an empty action item after the current block. */
      insertActionItem: () => ReturnType;
      /** Inserts an empty escalation after the current block. */
      insertEscalation: () => ReturnType;
    };
  }
}

export {};
