/**
 * Whether leaving the current view would lose work: an editor with unsaved changes holds this
 * while it is open (EditorFooter), and the shell asks before a menu button or the tray moves away
 * (LeaveDialog). One holder at a time: only one editor is ever open.
 */
let holder: (() => boolean) | null = null;

/** Held until the returned release is called; `unsaved` is asked at the moment of leaving. */
export function holdLeaving(unsaved: () => boolean): () => void {
  holder = unsaved;
  return () => {
    if (holder === unsaved) holder = null;
  };
}

export const leavingLosesWork = (): boolean => holder?.() ?? false;
