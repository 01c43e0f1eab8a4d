import type { Settings } from '../../settings/common/schema';
import type { OwnLibrary } from '../../routines/common/own-schema';
import { joinChunks, ROWS_PER_CHUNK, type RecordSource } from './csv';
import { OWN_KEYS, OWN_LIBRARY_VERSION, type ExportedImage } from './own-import';

/** The person's own exercises and routines, and their pictures read one at a time as they are written. */
export interface OwnExport {
  library: OwnLibrary;
  images: AsyncIterable<ExportedImage>;
}

/**
 * The full export: settings, the person's own exercises, routines and their pictures (when there
 * are any; own-import.ts reads them back) and every history record, one record per line so a
 * large history stays readable. It is produced in chunks while the records stream in from the history file, and
 * written chunk by chunk: never built whole in memory (issue 26: exports were one string).
 * previewImport reads it back.
 */
export async function* exportJsonChunks(settings: Settings, records: RecordSource, now: Date, own?: OwnExport): AsyncGenerator<string> {
  const withOwn = own && (own.library.exercises.length > 0 || own.library.routines.length > 0) ? own : null;
  const ownHead = withOwn ? { ownLibraryVersion: OWN_LIBRARY_VERSION, [OWN_KEYS.exercises]: withOwn.library.exercises, [OWN_KEYS.routines]: withOwn.library.routines } : {};
  const head = JSON.stringify({ app: 'limber', format: 1, exportedAt: now.toISOString(), settings, ...ownHead }, null, 2);
  if (withOwn) {
    // Pictures one per chunk: each may be megabytes of base64.
    yield `${head.slice(0, -2)},\n  "${OWN_KEYS.images}": [`;
    let first = true;
    for await (const image of withOwn.images) {
      yield `${first ? '\n' : ',\n'}    ${JSON.stringify(image)}`;
      first = false;
    }
    yield `${first ? '' : '\n  '}],\n  "history": [`;
  } else yield `${head.slice(0, -2)},\n  "history": [`;
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
export function exportJson(settings: Settings, records: RecordSource, now: Date, own?: OwnExport): Promise<string> {
  return joinChunks(exportJsonChunks(settings, records, now, own));
}
