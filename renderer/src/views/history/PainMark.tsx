/**
 * One pain rating on the chart. Before and after differ in shape, not only colour: a hollow
 * circle before a session, a filled diamond after it.
 */
export function PainMark({ when, x, y, size }: { when: 'before' | 'after'; x: number; y: number; size: number }) {
  if (when === 'before') return <circle cx={x} cy={y} r={size} class="pain-before" />;
  const s = size * 1.25;
  return <path d={`M${x} ${y - s}L${x + s} ${y}L${x} ${y + s}L${x - s} ${y}Z`} class="pain-after" />;
}
