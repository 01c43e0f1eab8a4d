import { z } from 'zod';
import '../../base/common/validation-messages';
import { HistoryRecordSchema, type HistoryRecord } from '../../history/common/records';
import { checkSettingsPatch, systemWideEffects } from '../../settings/common/rules';
import { SettingsPatchSchema, SETTINGS_KEYS, type Settings, type SettingsPatch } from '../../settings/common/schema';
import { sliceClock } from '../../base/common/time-slices';
import { formatFileSize } from '../../i18n/common/format';
import { t } from '../../i18n/common/translate';
import { FORBIDDEN_KEYS, HISTORY_LIST, MAX_IMPORT_RECORDS, MAX_PIECE_CHARS, splitExport, type PiecesProblem } from './export-pieces';
import { followIds, MAX_IMAGE_CHARS, OWN_KEYS, OWN_LIBRARY_VERSION, OWN_LISTS, ownPreview, planOwnImport, readOwnLists, type OwnImport, type OwnPreview } from './own-import';
import { emptyLibrary, type OwnLibrary } from '../../routines/common/own-schema';
import { asIfPublished } from '../../routines/common/to-catalogue';

/**
 * The largest import, in bytes of UTF-8 (what the file holds on disk). Main reads the file itself
 * (transfer/node/read-import.ts) and stops at this many bytes; the page never sends the text.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024);
/** The largest file read: the history and settings' 20 MB, and the own pictures' budget apart (own-import.ts). */
export const MAX_IMPORT_FILE_BYTES = MAX_IMPORT_BYTES + MAX_IMAGE_CHARS;

/** "The file is larger than 20 MB…", in the active language. */
export const tooLargeMessage = () => t('history.transfer.tooLarge', { size: formatFileSize(MAX_IMPORT_MB, 'megabyte') });

/**
 * Records are kept per day in main's memory (history/aggregates.ts, about 530 bytes a day), so the
 * days an import may name are bounded: none before this, none after tomorrow. Without it one file
 * of records on 500,000 different dates would grow main by hundreds of MB, and each next one more.
 */
export const EARLIEST_RECORD = '2000-01-01T00:00:00.000Z';
const DAY_MS = 24 * 3_600_000;
/** The most problems an import's preview lists; past them the file is not checked further. */
export const MAX_ERRORS = 50;

/**
 * Whether `text` takes more than `limit` bytes in UTF-8, counted without encoding it (this module
 * also runs in the window, where there is no Buffer) and stopping as soon as it is over.
 */
export function utf8BytesOver(text: string, limit: number): boolean {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one code point above U+FFFF
      i++;
    } else bytes += 3;
  }
  return bytes > limit;
}

/** The moment a record counts for (the day it lands on): a sitting spell by its start. */
const recordMoment = (r: HistoryRecord) => Date.parse(r.kind === 'sitting' ? r.startedAt : r.at);

const ExportSchema = z
  .object({
    app: z.literal('limber', { error: () => t('history.transfer.notLimber') }),
    format: z.literal(1, { error: () => t('history.transfer.newerFormat') }),
    exportedAt: z.string().optional(),
    settings: z.unknown().optional(),
    // Present here only when it is not an array (an array is split into records by splitExport).
    history: z.array(z.unknown()).optional(),
    ownLibraryVersion: z.literal(OWN_LIBRARY_VERSION, { error: () => t('history.transfer.newerFormat') }).optional(),
    // As history: present here only when not an array.
    [OWN_KEYS.exercises]: z.array(z.unknown()).optional(),
    [OWN_KEYS.routines]: z.array(z.unknown()).optional(),
    [OWN_KEYS.images]: z.array(z.unknown()).optional(),
  })
  .strict();

export interface ImportPreview {
  settingsChanges: Array<{ key: string; from: unknown; to: unknown }>;
  /**
   * Changes that reach beyond Limber's windows, in words to show and have confirmed before the
   * import is applied: "turns on start at login", "sets the global shortcut Ctrl+Alt+F".
   */
  systemEffects: string[];
  newRecords: number;
  /** Records already in history; skipped. */
  duplicateRecords: number;
  /** Records that appear more than once in the file; each is added once. */
  repeatedInFile: number;
  /** The person's own exercises and routines it adds (issue 24); null when the file holds none. */
  own: OwnPreview | null;
}

export type ImportResult =
  | {
      ok: true;
      preview: ImportPreview;
      /** `settings` names own things by the file's ids: applying merges `own` again and follows them (own-import.ts). */
      apply: { settings: SettingsPatch; records: HistoryRecord[]; own: OwnImport | null };
    }
  | { ok: false; errors: string[] };

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some((k) => FORBIDDEN_KEYS.has(k) || hasForbiddenKey((value as Record<string, unknown>)[k], depth + 1));
}

/** Each way splitExport refuses a file, in words. */
const PIECES_PROBLEM: Record<PiecesProblem, () => string> = {
  'not-json': () => t('history.transfer.notJson'),
  'not-export': () => t('history.transfer.notLimber'),
  'forbidden-key': () => t('history.transfer.forbiddenKeys'),
  'piece-too-large': () => t('history.transfer.pieceTooLarge', { size: formatFileSize(MAX_PIECE_CHARS / 1024, 'kilobyte') }),
  'too-many-records': () => t('history.transfer.tooManyRecords', { count: MAX_IMPORT_RECORDS }),
};

const pathText = (path: PropertyKey[]) =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');

/**
 * Check an import completely and say what it would change. Nothing is applied here; if any part
 * is invalid the result lists every problem in plain words and there is nothing to apply. The
 * settings go through the same rules as the settings screen (checkSettingsPatch); records are
 * de-duplicated within the file and against `existingIds` (history already stored).
 */
export async function previewImport(
  text: string,
  current: Settings,
  existingIds: (ids: readonly string[]) => Promise<ReadonlySet<string>>,
  now: Date = new Date(),
  /** The text was read from a file by read-import.ts, which already counted its bytes: how many, or just that it did. */
  bytesCounted: boolean | number = false,
  /** The own library as stored: what the file's own exercises and routines are merged into. */
  ownLibrary: OwnLibrary = emptyLibrary(),
): Promise<ImportResult> {
  // Bytes, not UTF-16 units: 60 MB of three-byte characters is 20 million units. Counting them is
  // one loop over the text (170-390 ms for 20 MB on a busy machine), so only when not yet counted.
  if (text.length > MAX_IMPORT_FILE_BYTES || (!bytesCounted && utf8BytesOver(text, MAX_IMPORT_FILE_BYTES))) return { ok: false, errors: [tooLargeMessage()] };
  // Pictures (base64: one byte a character) have their own budget; everything else keeps the 20 MB.
  const overBesides = (imageChars: number) =>
    typeof bytesCounted === 'number'
      ? bytesCounted - imageChars > MAX_IMPORT_BYTES
      : text.length - imageChars > MAX_IMPORT_BYTES || (!bytesCounted && utf8BytesOver(text, MAX_IMPORT_BYTES + imageChars));
  // In slices (export-pieces.ts): one JSON.parse of 20 MB would hold main's thread over 100 ms.
  const pieces = await splitExport(text, { ...HISTORY_LIST, ...OWN_LISTS });
  if (!pieces.ok) return { ok: false, errors: [overBesides(0) ? tooLargeMessage() : PIECES_PROBLEM[pieces.problem]()] };
  if (overBesides(pieces.listChars[OWN_KEYS.images] ?? 0)) return { ok: false, errors: [tooLargeMessage()] };
  if (hasForbiddenKey(pieces.top)) return { ok: false, errors: [PIECES_PROBLEM['forbidden-key']()] };
  const top = ExportSchema.safeParse(pieces.top);
  if (!top.success) return { ok: false, errors: top.error.issues.map((i) => `${pathText(i.path) || t('history.transfer.wholeFile')}: ${i.message}`) };

  const errors: string[] = [];
  let settingsPatch: SettingsPatch = {};
  if (top.data.settings !== undefined) {
    const raw = top.data.settings as Record<string, unknown>;
    const { schemaVersion: _ignored, ...rest } = typeof raw === 'object' && raw !== null ? raw : {};
    const parsed = SettingsPatchSchema.safeParse(rest);
    if (parsed.success) settingsPatch = parsed.data;
    else errors.push(...parsed.error.issues.map((i) => `settings${i.path.length ? '.' + pathText(i.path) : ''}: ${i.message}`));
  }
  const unique = new Map<string, HistoryRecord>();
  let repeatedInFile = 0;
  const earliest = Date.parse(EARLIEST_RECORD);
  const latest = now.getTime() + DAY_MS;
  const clock = sliceClock();
  const history = pieces.history ?? [];
  for (let index = 0; index < history.length; index++) {
    // Each piece is at most MAX_PIECE_CHARS and was checked to be one JSON value's extent; parse it here.
    let entry: unknown;
    try {
      entry = JSON.parse(history[index]!) as unknown;
    } catch {
      return { ok: false, errors: [PIECES_PROBLEM['not-json']()] };
    }
    if (hasForbiddenKey(entry)) return { ok: false, errors: [PIECES_PROBLEM['forbidden-key']()] };
    const parsed = HistoryRecordSchema.safeParse(entry);
    if (!parsed.success) errors.push(...parsed.error.issues.slice(0, 3).map((i) => `history[${index}]${i.path.length ? '.' + pathText(i.path) : ''}: ${i.message}`));
    else if (!(recordMoment(parsed.data) >= earliest && recordMoment(parsed.data) <= latest)) errors.push(`history[${index}]: ${t('history.transfer.outsideDates')}`);
    else if (unique.has(parsed.data.id)) repeatedInFile++;
    else unique.set(parsed.data.id, parsed.data);
    // MAX_ERRORS problems are all the preview shows, and the file is refused: checking the rest
    // of a hostile file (480,000 bad records) would only keep main busy.
    if (errors.length >= MAX_ERRORS) break;
    // After every record: one record's check can take a millisecond on a busy machine.
    const wait = clock.pause();
    if (wait) await wait;
  }
  // The own library merged as it would be now (ids here are the preview's; applying merges again).
  const ownRead = readOwnLists(pieces.lists, PIECES_PROBLEM['forbidden-key']);
  errors.push(...ownRead.errors);
  let previewIds = 0;
  const ownPlan = ownRead.own && errors.length === 0 ? planOwnImport(ownLibrary, ownRead.own, () => `own-preview${++previewIds}`) : null;
  if (ownPlan && !ownPlan.ok) errors.push(ownPlan.error);
  const merged = ownPlan?.ok ? ownPlan.merge : null;
  // Settings naming the file's own routines follow them to the ids they get.
  const followed = merged ? followIds(settingsPatch, merged.ids) : settingsPatch;
  const settingsChanges = SETTINGS_KEYS.filter((k) => k in followed && JSON.stringify(followed[k]) !== JSON.stringify(current[k])).map((key) => ({
    key,
    from: current[key],
    to: followed[key],
  }));
  // Only what would change is judged: an export of today's settings always re-imports.
  const changedPatch: SettingsPatch = Object.fromEntries(settingsChanges.map((c) => [c.key, c.to]));
  // Judged as if the file's own routines were stored already: a break routine may be one of them.
  const settingsIssues = merged ? asIfPublished(merged.library, () => checkSettingsPatch(changedPatch, current)) : checkSettingsPatch(changedPatch, current);
  errors.push(...settingsIssues.map((i) => `settings.${i.path}: ${i.message}`));
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const present = await existingIds([...unique.keys()]);
  const fresh = [...unique.values()].filter((r) => !present.has(r.id));
  return {
    ok: true,
    preview: {
      settingsChanges,
      systemEffects: systemWideEffects(changedPatch, current),
      newRecords: fresh.length,
      duplicateRecords: unique.size - fresh.length,
      repeatedInFile,
      own: merged && ownRead.own ? ownPreview(merged, ownRead.own) : null,
    },
    apply: { settings: Object.fromEntries(settingsChanges.map((c) => [c.key, settingsPatch[c.key]])), records: fresh, own: ownRead.own },
  };
}
