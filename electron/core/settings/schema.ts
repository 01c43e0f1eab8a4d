import { z } from 'zod';
import { WalkingPlanSchema } from '../history/walking';

/**
 * The settings document: one zod schema is the single source of truth for types, defaults,
 * validation of user input and IPC arguments, and the JSON schema handed to electron-store.
 * Bounds are chosen to be humane: a break every 5 minutes is nagging, every 4 hours is useless.
 */

export const SETTINGS_VERSION = 3;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

const minutes = (min: number, max: number, label: string) =>
  z
    .number({ error: `${label} must be a number of minutes.` })
    .int({ error: `${label} must be a whole number of minutes.` })
    .min(min, { error: `${label} must be at least ${min} minutes.` })
    .max(max, { error: `${label} can be at most ${max} minutes.` });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const TimeOfDaySchema = z.string().regex(TIME, { error: 'Use a time like 09:00.' });
export const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const WorkdaySchema = z
  .object({ enabled: z.boolean(), start: TimeOfDaySchema, end: TimeOfDaySchema })
  .strict()
  .refine((day) => !day.enabled || minutesOfDay(day.end) > minutesOfDay(day.start), {
    error: 'The end time must be after the start time.',
    path: ['end'],
  });
export type Workday = z.infer<typeof WorkdaySchema>;

const weekday = (enabled: boolean): Workday => ({ enabled, start: '09:00', end: '17:30' });
/** Index 0 is Sunday, as in Date#getDay(). */
export const DEFAULT_WORKING_HOURS = {
  enabled: false,
  days: [weekday(false), weekday(true), weekday(true), weekday(true), weekday(true), weekday(true), weekday(false)],
};

export const WorkingHoursSchema = z
  .object({
    /** Off: reminders whenever the computer is in use. */
    enabled: z.boolean(),
    days: z.array(WorkdaySchema).length(7),
  })
  .strict();

/** An Electron accelerator such as CommandOrControl+Alt+F: modifiers, then one key. */
const ACCELERATOR =
  /^((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+){1,3}([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Home|End)$/;

/** A process name as the OS lists it ("zoom", "Teams.exe"); the Settings card checks typing with it. */
export const MeetingAppNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Type the name of an app’s process first, for example zoom.' })
  .max(60, { error: 'An app name can be at most 60 characters.' })
  .regex(/^[\w .+-]+$/, { error: 'An app name is letters, digits, spaces, dots, dashes.' });

/** Last resort, empty by default: a running process with one of these names means "in a meeting". */
export const MeetingAppsSchema = z
  .array(MeetingAppNameSchema)
  .max(20, { error: 'At most 20 apps.' })
  .superRefine((apps, ctx) => {
    // Matching ignores case, so "Zoom" next to "zoom" would be the same app twice.
    const seen = new Set<string>();
    for (const app of apps) {
      const key = app.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `${app} is already in the list.` });
      seen.add(key);
    }
  });

/** Which signals may hold reminders as "in a call", "presenting" or "do not disturb". */
export const PresenceSettingsSchema = z
  .object({
    microphone: z.boolean(),
    camera: z.boolean(),
    fullscreen: z.boolean(),
    dnd: z.boolean(),
    meetingApps: MeetingAppsSchema,
  })
  .strict();
export type PresenceSettings = z.infer<typeof PresenceSettingsSchema>;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  /** Minutes of desk time between guided stretch breaks. */
  stretchIntervalMin: minutes(10, 240, 'Stretch break interval').default(45),
  /** Minutes between short posture checks. */
  postureIntervalMin: minutes(5, 120, 'Posture check interval').default(20),
  postureChecksEnabled: z.boolean().default(true),
  /** How long a stretch break lasts; idle for this long also counts as a break taken. */
  breakLengthMin: minutes(1, 30, 'Break length').default(3),
  /** The routine a stretch-break reminder opens. */
  stretchRoutineId: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, { error: 'Choose one of the routines.' })
    .default('quick-desk-stretch'),
  /** Seconds of warning before a stretch break; 0 turns the heads-up off. */
  headsUpSec: z
    .number({ error: 'The heads-up must be a number of seconds.' })
    .int({ error: 'The heads-up must be a whole number of seconds.' })
    .min(0, { error: 'The heads-up cannot be negative.' })
    .max(600, { error: 'The heads-up can be at most 10 minutes.' })
    .default(60),
  snoozeMin: minutes(1, 30, 'Snooze length').default(5),
  maxSnoozes: z
    .number({ error: 'Snoozes must be a number.' })
    .int({ error: 'Snoozes must be a whole number.' })
    .min(0, { error: 'Snoozes cannot be negative.' })
    .max(5, { error: 'At most 5 snoozes in a row.' })
    .default(2),
  workingHours: WorkingHoursSchema.default(DEFAULT_WORKING_HOURS),
  /** Soft tones during a session. */
  soundsEnabled: z.boolean().default(true),
  /** Spoken cues ("Switch legs") during a session. */
  voiceEnabled: z.boolean().default(true),
  /** Also show a small always-on-top reminder with Start / Snooze / Skip. */
  reminderWindow: z.boolean().default(false),
  /** Bring the session window to the front with focus, or show it without stealing focus. */
  sessionWindowTakesFocus: z.boolean().default(false),
  focusShortcut: z
    .string()
    .regex(ACCELERATOR, { error: 'Use modifiers and one key, for example CommandOrControl+Alt+F.' })
    .default('CommandOrControl+Alt+F'),
  /**
   * Starts a stretch session from any app. Off (empty) by default: a global shortcut takes its
   * keys away from every other app, so the user chooses one that nothing they use needs.
   */
  startShortcut: z
    .string()
    .regex(new RegExp(`^$|${ACCELERATOR.source}`), {
      error: 'Leave it empty for no shortcut, or use modifiers and one key, for example CommandOrControl+Alt+S.',
    })
    .default(''),
  startAtLogin: z.boolean().default(false),
  theme: ThemeSchema.default('system'),
  /** The first-run safety notice was read and accepted. */
  firstRunAcknowledged: z.boolean().default(false),
  /** The walking goal; null until the user sets one (the home screen offers the seed's default). */
  walkingPlan: WalkingPlanSchema.nullable().default(null),
  presence: PresenceSettingsSchema.default({ microphone: true, camera: true, fullscreen: true, dnd: true, meetingApps: [] }),
  /** When the user said a flare-up started; null when not in one. */
  flareUpSince: z.iso.datetime({ error: 'The flare-up start must be a date and time.' }).nullable().default(null),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ schemaVersion: SETTINGS_VERSION });

export type SettingsKey = Exclude<keyof Settings, 'schemaVersion'>;
export const SETTINGS_KEYS = Object.keys(SettingsSchema.shape).filter(
  (k): k is SettingsKey => k !== 'schemaVersion',
);

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>;

/**
 * A partial update from the settings form or an import; version is owned by the app. Built from
 * the fields WITHOUT their defaults: `.partial()` would fill every missing key with its default
 * and so reset settings the user did not touch.
 */
export const SettingsPatchSchema: z.ZodType<SettingsPatch> = z
  .object(
    Object.fromEntries(
      SETTINGS_KEYS.map((key) => {
        const field = SettingsSchema.shape[key];
        return [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()];
      }),
    ),
  )
  .strict();

/** Plain-words messages keyed by field, for forms and import previews. */
export function describeIssues(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '(settings)';
    out[key] ??= issue.message;
  }
  return out;
}
