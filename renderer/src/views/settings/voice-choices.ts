/** The choices the voice settings offer, kept apart from the view so they are tested without a DOM. */

/** Speaking rates offered: none below 0.9, so the session's speech budget (2.2 words/s) holds for every voice. */
export const VOICE_RATES: ReadonlyArray<{ value: number; label: string }> = [
  { value: 0.9, label: 'Unhurried' },
  { value: 0.95, label: 'Normal' },
  { value: 1.1, label: 'A little quicker' },
  { value: 1.3, label: 'Quick' },
];

export const AUTO_START: ReadonlyArray<{ value: number | null; label: string }> = [
  { value: null, label: 'Never: wait for me' },
  { value: 10, label: 'After 10 seconds' },
  { value: 20, label: 'After 20 seconds' },
  { value: 30, label: 'After 30 seconds' },
];

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
