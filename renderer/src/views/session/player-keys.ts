/**
 * Which player shortcut a key press means, given where focus is. The player's keys work for the
 * whole window only while focus is not in a control that uses the same key: Space belongs to a
 * focused button or input, the arrows to a radio group or a text field, and every key to an open
 * dialog. Pure, so every case is tested without a DOM.
 */
export type PlayerAction = 'toggle-pause' | 'next' | 'back' | 'end';

/** Where focus is, read once from the DOM by `describeFocus`. */
export interface FocusPlace {
  /** Lower-case tag name of the focused element. */
  tag: string;
  /** Its `type` for inputs, else ''. */
  type: string;
  /** Its ARIA role, else ''. */
  role: string;
  editable: boolean;
  inDialog: boolean;
  inRadioGroup: boolean;
}

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const SPACE_TAKERS = new Set(['button', 'input', 'select', 'textarea', 'summary', 'a', 'audio', 'video']);
const SPACE_ROLES = new Set(['button', 'checkbox', 'radio', 'switch', 'menuitem', 'option', 'tab', 'link']);
const ARROW_TAKERS = new Set(['input', 'select', 'textarea', 'audio', 'video']);
const ARROW_ROLES = new Set(['radio', 'radiogroup', 'slider', 'spinbutton', 'tab', 'tablist', 'listbox', 'option', 'menu', 'menuitem', 'textbox', 'combobox']);

export function shortcutFor(press: KeyPress, focus: FocusPlace): PlayerAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey || focus.inDialog) return null;
  switch (press.key) {
    case ' ':
      return SPACE_TAKERS.has(focus.tag) || SPACE_ROLES.has(focus.role) || focus.editable ? null : 'toggle-pause';
    case 'ArrowRight':
    case 'ArrowLeft':
      if (ARROW_TAKERS.has(focus.tag) || ARROW_ROLES.has(focus.role) || focus.editable || focus.inRadioGroup) return null;
      return press.key === 'ArrowRight' ? 'next' : 'back';
    case 'Escape':
      return focus.editable || focus.tag === 'select' ? null : 'end';
    default:
      return null;
  }
}

/** Reads where focus is (the thin DOM side of `shortcutFor`). */
export function describeFocus(element: Element | null): FocusPlace {
  if (!element || element === document.body || element === document.documentElement) {
    return { tag: 'body', type: '', role: '', editable: false, inDialog: false, inRadioGroup: false };
  }
  return {
    tag: element.tagName.toLowerCase(),
    type: element instanceof HTMLInputElement ? element.type : '',
    role: element.getAttribute('role') ?? '',
    editable: element instanceof HTMLElement && element.isContentEditable,
    inDialog: element.closest('dialog[open], [role="dialog"], [role="alertdialog"]') !== null,
    inRadioGroup: element.closest('[role="radiogroup"], fieldset') !== null && element instanceof HTMLInputElement && element.type === 'radio',
  };
}

/**
 * While a floor lead-in waits for the person, any plain key means "Ready": Space, Enter, → or a
 * letter, from anywhere on the mat. Keys a focused control or a dialog owns stay theirs; Esc still
 * asks to end and ← still goes back.
 */
export function waitingShortcut(press: KeyPress, focus: FocusPlace): PlayerAction | null {
  const usual = shortcutFor(press, focus);
  if (usual === 'toggle-pause') return 'next';
  if (usual || press.altKey || press.ctrlKey || press.metaKey || focus.inDialog || focus.editable) return usual;
  if (press.key === 'Enter') return SPACE_TAKERS.has(focus.tag) || SPACE_ROLES.has(focus.role) ? null : 'next';
  return press.key.length === 1 && press.key !== ' ' && !ARROW_TAKERS.has(focus.tag) ? 'next' : null;
}
