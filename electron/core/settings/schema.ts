import { z } from 'zod';

/**
 * The settings document: one zod schema is the single source of truth for types, defaults,
 * validation of user input and IPC arguments, and the JSON schema handed to electron-store.
 * Bounds are chosen to be humane: a break every 5 minutes is nagging, every 4 hours is useless.
 */

export const SETTINGS_VERSION = 1;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

const minutes = (min: number, max: number, label: string) =>
  z
    .number({ error: `${label} must be a number of minutes.` })
    .int({ error: `${label} must be a whole number of minutes.` })
    .min(min, { error: `${label} must be at least ${min} minutes.` })
    .max(max, { error: `${label} can be at most ${max} minutes.` });

export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  /** Minutes of desk time between guided stretch breaks. */
  stretchIntervalMin: minutes(10, 240, 'Stretch break interval').default(45),
  /** Minutes between short posture checks. */
  postureIntervalMin: minutes(5, 120, 'Posture check interval').default(20),
  postureChecksEnabled: z.boolean().default(true),
  /** How long a stretch break lasts; idle for this long also counts as a break taken. */
  breakLengthMin: minutes(1, 30, 'Break length').default(3),
  soundsEnabled: z.boolean().default(true),
  startAtLogin: z.boolean().default(false),
  theme: ThemeSchema.default('system'),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** A partial update from the settings form or an import; version is owned by the app. */
export const SettingsPatchSchema = SettingsSchema.omit({ schemaVersion: true }).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ schemaVersion: SETTINGS_VERSION });

export type SettingsKey = Exclude<keyof Settings, 'schemaVersion'>;
export const SETTINGS_KEYS = Object.keys(SettingsSchema.shape).filter(
  (k): k is SettingsKey => k !== 'schemaVersion',
);

/** Plain-words messages keyed by field, for forms and import previews. */
export function describeIssues(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '(settings)';
    out[key] ??= issue.message;
  }
  return out;
}
