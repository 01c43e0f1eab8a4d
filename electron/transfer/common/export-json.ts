import type { Settings } from '../../settings/common/schema';
import type { RecordSource } from './csv';

/**
 * The full export: settings and every history record, one record per line so a large history
 * stays readable and is built while the records stream in rather than from a copy in memory.
 * previewImport reads it back.
 */
export async function exportJson(settings: Settings, records: RecordSource, now: Date): Promise<string> {
  const head = JSON.stringify({ app: 'limber', format: 1, exportedAt: now.toISOString(), settings }, null, 2);
  const lines: string[] = [];
  for await (const r of records) lines.push(`    ${JSON.stringify(r)}`);
  const history = lines.length ? `[\n${lines.join(',\n')}\n  ]` : '[]';
  return `${head.slice(0, -2)},\n  "history": ${history}\n}`;
}
