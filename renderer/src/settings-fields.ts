import { SettingsSchema, type SettingsKey } from '../../electron/core/settings/schema';

/**
 * Turn what the user typed into a value for `key`, or a plain-words message. The same zod schema
 * main enforces decides, so a value the form accepts is a value main will save.
 */
export function parseMinutesField(key: SettingsKey, text: string): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number of minutes.' };
  if (!/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message: 'Use digits only, for example 45.' };
  const parsed = SettingsSchema.shape[key].safeParse(Number(trimmed));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'That value is not allowed.' };
  return { ok: true, value: parsed.data as number };
}
