import type { HistoryRecord } from '../../history/common/records';

/** Records from memory (tests) or streamed from the history file (the app). */
export type RecordSource = Iterable<HistoryRecord> | AsyncIterable<HistoryRecord>;

const CSV_COLUMNS = ['id', 'kind', 'at', 'routine', 'completed', 'end_reason', 'seconds_held', 'tier', 'action', 'pain', 'pain_when', 'walk_minutes', 'walk_distance', 'walk_unit', 'pain_site', 'function_sit', 'function_walk'] as const;

/**
 * Text a spreadsheet would run as a formula (OWASP's CSV injection list): `=`, `+`, `-`, `@`, and
 * tab or carriage return in front of them. Only text is checked: the numbers Limber writes itself
 * are never negative, and stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.
 * Text that starts like a formula (a routine name `=cmd|' /C calc'!A0` from an import) gets a
 * leading single quote, so a spreadsheet shows it as text, and is always quoted (OWASP's rule).
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(r: HistoryRecord): string {
  const row: Partial<Record<(typeof CSV_COLUMNS)[number], unknown>> = { id: r.id, kind: r.kind, at: r.at };
  if (r.kind === 'session') Object.assign(row, { routine: r.routineName, completed: r.completed, end_reason: r.endReason, seconds_held: r.steps.reduce((a, s) => a + s.secondsHeld, 0) });
  if (r.kind === 'reminder') Object.assign(row, { tier: r.tier, action: r.action });
  if (r.kind === 'pain') Object.assign(row, { pain: r.rating, pain_when: r.when, pain_site: r.site });
  if (r.kind === 'function') Object.assign(row, { function_sit: r.sit, function_walk: r.walk });
  if (r.kind === 'walk') Object.assign(row, { walk_minutes: r.minutes, walk_distance: r.distance?.value, walk_unit: r.distance?.unit });
  return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
}

/** Rows a chunk holds: the file is written chunk by chunk, never built whole in memory (issue 26). */
export const ROWS_PER_CHUNK = 500;

/** A header, then one CRLF-ended row per record, read from `records` one at a time, in chunks. */
export async function* exportCsvChunks(records: RecordSource): AsyncGenerator<string> {
  let rows = [CSV_COLUMNS.join(',')];
  for await (const r of records) {
    rows.push(csvRow(r));
    if (rows.length >= ROWS_PER_CHUNK) {
      yield rows.join('\r\n') + '\r\n';
      rows = [];
    }
  }
  if (rows.length > 0) yield rows.join('\r\n') + '\r\n';
}

/** The whole CSV as one string (tests; the app writes the chunks). */
export async function exportCsv(records: RecordSource): Promise<string> {
  return joinChunks(exportCsvChunks(records));
}

export async function joinChunks(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
