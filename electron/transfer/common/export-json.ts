import type { Settings } from '../../settings/common/schema';
import { joinChunks, ROWS_PER_CHUNK, type RecordSource } from './csv';

/**
 * The full export: settings and every history record, one record per line so a large history
 * stays readable. It is produced in chunks while the records stream in from the history file, and
 * written chunk by chunk: never built whole in memory (issue 26: exports were one string).
 * previewImport reads it back.
 */
export async function* exportJsonChunks(settings: Settings, records: RecordSource, now: Date): AsyncGenerator<string> {
  const head = JSON.stringify({ app: 'limber', format: 1, exportedAt: now.toISOString(), settings }, null, 2);
  yield `${head.slice(0, -2)},\n  "history": [`;
  let lines: string[] = [];
  let first = true;
  for await (const r of records) {
    lines.push(`    ${JSON.stringify(r)}`);
    if (lines.length >= ROWS_PER_CHUNK) {
      yield `${first ? '\n' : ',\n'}${lines.join(',\n')}`;
      first = false;
      lines = [];
    }
  }
  if (lines.length > 0) {
    yield `${first ? '\n' : ',\n'}${lines.join(',\n')}`;
    first = false;
  }
  yield first ? ']\n}' : '\n  ]\n}';
}

/** The whole export as one string (tests and the bench; the app writes the chunks). */
export function exportJson(settings: Settings, records: RecordSource, now: Date): Promise<string> {
  return joinChunks(exportJsonChunks(settings, records, now));
}
