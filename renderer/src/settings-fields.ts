import { SettingsSchema, type SettingsKey } from '@core/settings/schema';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Turn what the user typed into a value for `key`, or a plain-words message. The same zod schema
 * main enforces decides, so a value the form accepts is a value main will save.
 */
export function parseNumberField(key: SettingsKey, text: string, unit = 'minutes'): FieldResult<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter a number of ${unit}.` };
  if (!/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message: 'Use digits only, for example 45.' };
  return parseField(key, Number(trimmed)) as FieldResult<number>;
}

export function parseField(key: SettingsKey, value: unknown): FieldResult<unknown> {
  const parsed = SettingsSchema.shape[key].safeParse(value);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'That value is not allowed.' };
  return { ok: true, value: parsed.data };
}
