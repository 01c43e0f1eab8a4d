/**
 * One measured figure and the goal it is held to. `goal` is printed as written ("<= 30"); `met` is
 * computed from `limit`, never typed in by hand, so a figure cannot claim a goal it missed.
 * Figures without a goal are informative: `goal` says why (or what the goal would be) and `met` is
 * null.
 */
export interface Figure {
  value: number;
  unit: string;
  goal: string;
  met: boolean | null;
}

export type Figures = Record<string, Figure>;

const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 100) / 100 : value);

/** A figure that must stay at or under `limit`. */
export function atMost(value: number, limit: number, unit: string): Figure {
  return { value: round(value), unit, goal: `<= ${limit}`, met: value <= limit };
}

/** A figure that must reach at least `limit`. */
export function atLeast(value: number, limit: number, unit: string): Figure {
  return { value: round(value), unit, goal: `>= ${limit}`, met: value >= limit };
}

/** A figure that must stay under `limit`. */
export function below(value: number, limit: number, unit: string): Figure {
  return { value: round(value), unit, goal: `< ${limit}`, met: value < limit };
}

/** A figure with no goal of its own; `note` says why, or what the reader should compare it with. */
export function informative(value: number, unit: string, note = 'none (informative)'): Figure {
  return { value: round(value), unit, goal: note, met: null };
}

/** The readable table printed before the JSON: name, value with unit, goal, met. */
export function formatTable(figures: Figures): string {
  const rows = Object.entries(figures).map(([name, f]) => [name, `${f.value} ${f.unit}`, f.goal, f.met === null ? '-' : f.met ? 'yes' : 'NO']);
  const header = ['figure', 'value', 'goal', 'met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
