import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { formatNumber } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';
/** The choices the voice settings offer, kept apart from the view so they are tested without a DOM. */

/** Speaking rates offered: none below 0.9, so the session's speech budget (2.2 words/s) holds for every voice. */
export const VOICE_RATES: ReadonlyArray<{ value: number; label: MessageKey }> = [
  { value: 0.9, label: 'settings.session.rateUnhurried' },
  { value: 0.95, label: 'settings.session.rateNormal' },
  { value: 1.1, label: 'settings.session.rateQuicker' },
  { value: 1.3, label: 'settings.session.rateQuick' },
];

/** A rate saved elsewhere (an import, an older version) that is not one of the four, shown as its number. */
export function rateLabel(value: number): string {
  const known = VOICE_RATES.find((r) => r.value === value);
  return known ? t(known.label) : t('settings.session.rateOther', { rate: formatNumber(value, 2) });
}

/** Seconds before the hold starts by itself; null waits for Ready. */
export const AUTO_START: ReadonlyArray<number | null> = [null, 10, 20, 30];
export const autoStartLabel = (value: number | null) =>
  value === null ? t('settings.session.autoStartNever') : t('settings.session.autoStartAfter', { seconds: value });

/**
 * The system's voices for the session's language ("en" matches "en-GB", "en-US"), named once
 * each, the chosen one kept even when it is not listed now (another machine's, or not loaded yet).
 */
export function voicesFor(voices: ReadonlyArray<{ name: string; lang: string }>, lang: string, chosen: string): string[] {
  const base = lang.toLowerCase().split('-')[0]!;
  const names = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base).map((v) => v.name);
  if (chosen && !names.includes(chosen)) names.unshift(chosen);
  return [...new Set(names)];
}
