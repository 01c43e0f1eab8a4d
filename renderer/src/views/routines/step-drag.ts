import { useState } from 'preact/hooks';

/** `items` with the one at `from` taken out and put in at `to` (both within the list); the rest keep their order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * Drag-and-drop for a list's order: the extra way for a mouse. The keyboard's way (each item's
 * Move up / Move down buttons) stays, and does the same. The dragged index lives here, not in the
 * drag's data, so nothing from another page or program can be dropped in.
 */
export function useListDrag(move: (from: number, to: number) => void) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const end = () => {
    setDragging(null);
    setOver(null);
  };
  return {
    over,
    /** For the item's handle. */
    handle: (index: number) => ({
      draggable: true,
      onDragStart: (e: DragEvent) => {
        setDragging(index);
        if (e.dataTransfer) {
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', String(index + 1));
        }
      },
      onDragEnd: end,
    }),
    /** For the item: where a dragged one may be dropped. */
    target: (index: number) => ({
      onDragOver: (e: DragEvent) => {
        if (dragging === null) return;
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        if (over !== index) setOver(index);
      },
      onDragLeave: () => setOver((current) => (current === index ? null : current)),
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        if (dragging !== null) move(dragging, index);
        end();
      },
    }),
  };
}
