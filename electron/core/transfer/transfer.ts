import { z } from 'zod';
import { HistoryRecordSchema, type HistoryRecord } from '../history/records';
import { SettingsPatchSchema, SETTINGS_KEYS, type Settings, type SettingsPatch } from '../settings/schema';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function exportJson(settings: Settings, records: readonly HistoryRecord[], now: Date): string {
  return JSON.stringify({ app: 'limber', format: 1, exportedAt: now.toISOString(), settings, history: records }, null, 2);
}

const CSV_COLUMNS = ['id', 'kind', 'at', 'routine', 'completed', 'end_reason', 'seconds_held', 'tier', 'action', 'pain', 'pain_when', 'walk_minutes', 'walk_distance', 'walk_unit'] as const;

/** RFC 4180: a header, CRLF line ends, fields with commas, quotes or newlines quoted. */
export function csvField(value: unknown): string {
  const text =
    value === undefined || value === null
      ? ''
      : typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportCsv(records: readonly HistoryRecord[]): string {
  const rows = records.map((r) => {
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = { id: r.id, kind: r.kind, at: r.at } as never;
    if (r.kind === 'session') Object.assign(row, { routine: r.routineName, completed: r.completed, end_reason: r.endReason, seconds_held: r.steps.reduce((a, s) => a + s.secondsHeld, 0) });
    if (r.kind === 'reminder') Object.assign(row, { tier: r.tier, action: r.action });
    if (r.kind === 'pain') Object.assign(row, { pain: r.rating, pain_when: r.when });
    if (r.kind === 'walk') Object.assign(row, { walk_minutes: r.minutes, walk_distance: r.distance?.value, walk_unit: r.distance?.unit });
    return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

const ExportSchema = z
  .object({
    app: z.literal('limber', { error: 'This is not a Limber export.' }),
    format: z.literal(1, { error: 'This export comes from a newer Limber; update first.' }),
    exportedAt: z.string().optional(),
    settings: z.unknown().optional(),
    history: z.array(z.unknown()).max(500_000).optional(),
  })
  .strict();

export interface ImportPreview {
  settingsChanges: Array<{ key: string; from: unknown; to: unknown }>;
  newRecords: number;
  duplicateRecords: number;
}

export type ImportResult =
  | { ok: true; preview: ImportPreview; apply: { settings: SettingsPatch; records: HistoryRecord[] } }
  | { ok: false; errors: string[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some((k) => FORBIDDEN_KEYS.has(k) || hasForbiddenKey((value as Record<string, unknown>)[k], depth + 1));
}

const pathText = (path: PropertyKey[]) =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');

/**
 * Check an import completely and say what it would change. Nothing is applied here; if any part
 * is invalid the result lists every problem in plain words and there is nothing to apply.
 */
export function previewImport(text: string, current: Settings, existingIds: (id: string) => boolean): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: ['The file is larger than 20 MB; that is not a Limber export.'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not valid JSON.'] };
  }
  if (hasForbiddenKey(data)) return { ok: false, errors: ['The file contains keys that are not allowed (__proto__, constructor or prototype).'] };
  const top = ExportSchema.safeParse(data);
  if (!top.success) return { ok: false, errors: top.error.issues.map((i) => `${pathText(i.path) || 'file'}: ${i.message}`) };

  const errors: string[] = [];
  let settingsPatch: SettingsPatch = {};
  if (top.data.settings !== undefined) {
    const raw = top.data.settings as Record<string, unknown>;
    const { schemaVersion: _ignored, ...rest } = typeof raw === 'object' && raw !== null ? raw : {};
    const parsed = SettingsPatchSchema.safeParse(rest);
    if (parsed.success) settingsPatch = parsed.data;
    else errors.push(...parsed.error.issues.map((i) => `settings.${pathText(i.path)}: ${i.message}`));
  }
  const records: HistoryRecord[] = [];
  (top.data.history ?? []).forEach((entry, index) => {
    const parsed = HistoryRecordSchema.safeParse(entry);
    if (parsed.success) records.push(parsed.data);
    else errors.push(...parsed.error.issues.slice(0, 3).map((i) => `history[${index}]${i.path.length ? '.' + pathText(i.path) : ''}: ${i.message}`));
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };

  const settingsChanges = SETTINGS_KEYS.filter((k) => k in settingsPatch && JSON.stringify(settingsPatch[k]) !== JSON.stringify(current[k])).map((key) => ({
    key,
    from: current[key],
    to: settingsPatch[key],
  }));
  const fresh = records.filter((r) => !existingIds(r.id));
  return {
    ok: true,
    preview: { settingsChanges, newRecords: fresh.length, duplicateRecords: records.length - fresh.length },
    apply: { settings: Object.fromEntries(settingsChanges.map((c) => [c.key, c.to])), records: fresh },
  };
}
