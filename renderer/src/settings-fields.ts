import type { IpcResult } from '@electron/base/common/result';
import { formatNumber } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';
import { NUMBER_BOUNDS, SettingsSchema, type SettingsKey } from '@electron/settings/common/schema';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** What became of a save: main's own words when it refused or failed. */
export type SaveOutcome = { ok: true } | { ok: false; message: string };

/** The most specific sentence main gave: the first issue's message, else the error's. */
export function saveOutcome(result: IpcResult<unknown>): SaveOutcome {
  if (result.ok) return { ok: true };
  return { ok: false, message: result.error.issues[0]?.message ?? result.error.message };
}

export type NumberUnit = 'minutes' | 'seconds' | 'miles' | 'kilometres';

/**
 * Plain digits to a number, or a message in the field's own unit. The decimal mark may be a point
 * or a comma, since half the languages Limber speaks write "1,5".
 */
export function parseNumberText(text: string, unit: NumberUnit, example = 45): FieldResult<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: t('settings.field.enterNumber', { unit }) };
  if (!/^[+-]?\d+([.,]\d+)?$/.test(trimmed))
    return { ok: false, message: t('settings.field.digitsOnly', { example: formatNumber(example, 2) }) };
  return { ok: true, value: Number(trimmed.replace(',', '.')) };
}

/** "Between 10 and 240 minutes.", from the bounds the schema itself enforces. */
export function boundsHint(key: keyof typeof NUMBER_BOUNDS, unit: 'minutes' | 'seconds' = 'minutes'): string {
  const { min, max } = NUMBER_BOUNDS[key];
  return t('settings.field.between', { unit, min: formatNumber(min, 2), max: formatNumber(max, 2) });
}

/**
 * Any zod schema, classic or mini, by the one method used here. Written out rather than imported
 * as a zod class so the window keeps to the zod/mini schemas core defines (classic zod would put
 * all of zod into the window's bundle).
 */
export interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ message: string }> } };
}

/** Check a value against one schema, answering with the schema's own message. */
export function checkWith<T>(schema: Validator<T>, value: unknown): FieldResult<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? t('settings.field.notAllowed') };
  return { ok: true, value: parsed.data };
}

/**
 * Turn what the user typed into a value for `key`, or a plain-words message. The same zod schema
 * main enforces decides, so a value the form accepts is a value main will save.
 */
export function parseNumberField(key: SettingsKey, text: string, unit: NumberUnit = 'minutes'): FieldResult<number> {
  const number = parseNumberText(text, unit);
  return number.ok ? (parseField(key, number.value) as FieldResult<number>) : number;
}

export function parseField(key: SettingsKey, value: unknown): FieldResult<unknown> {
  return checkWith<unknown>(SettingsSchema.shape[key], value);
}
