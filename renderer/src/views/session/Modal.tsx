import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  titleId: string;
  /** Esc or the close action: the dialog asks to be closed. */
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
}

/**
 * A native modal dialog over the session: focus is trapped inside, the rest is inert, Esc closes
 * it. When it closes, focus goes back where it was, so keyboard users are not dropped on <body>.
 */
export function Modal({ titleId, onClose, children, wide = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      // Closed first: while a modal dialog is open, everything outside it refuses focus.
      if (dialog?.open) dialog.close();
      if (opener?.isConnected && opener.checkVisibility()) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={`confirm ${wide ? 'confirm-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
