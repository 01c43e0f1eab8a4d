import { z } from 'zod/mini';
import '../../base/common/validation-messages';
import { WalkingPlanSchema } from '../../history/common/walking';
import { ScreeningSchema } from '../../safety/common/offer';
import { LOCALE_CHOICES, t } from '../../i18n/common/translate';
import { formatNumber } from '../../i18n/common/format';
import type { MessageKey } from '../../i18n/common/generated/keys';

/**
 * The settings document: one zod schema is the single source of truth for types, defaults,
 * validation of user input and IPC arguments, and the JSON schema handed to electron-store.
 * Bounds are chosen to be humane: a break every 5 minutes is nagging, every 4 hours is useless.
 *
 * Written with zod/mini (functions instead of methods) because the window validates its form
 * fields with this very schema: mini tree-shakes to the checks used, where classic zod would put
 * all of zod (about 35 KB gzip) into the window's bundle. Main composes it with classic schemas
 * freely; both are the same zod core underneath.
 */

export const SETTINGS_VERSION = 4;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * Every numeric setting's bounds, in one place: the schema checks them and the Settings page's
 * hints ("Between 10 and 240 minutes") are written from them, so the two cannot disagree.
 */
export const NUMBER_BOUNDS = {
  stretchIntervalMin: { min: 10, max: 240 },
  postureIntervalMin: { min: 5, max: 120 },
  breakLengthMin: { min: 1, max: 30 },
  snoozeMin: { min: 1, max: 30 },
  headsUpSec: { min: 0, max: 600 },
  maxSnoozes: { min: 0, max: 5 },
  voiceRate: { min: 0.9, max: 1.5 },
  floorAutoStartSec: { min: 5, max: 120 },
} as const;
type Bounded = keyof typeof NUMBER_BOUNDS;

/**
 * A message looked up when a value fails, not when the schema is built: the schema is built once
 * at start-up, and its words must follow the language active at the time of the check.
 */
const say = (key: MessageKey, values?: Record<string, string | number>) => () => t(key, values);

/** A whole number within its bounds, each failure in the field's own words. */
const wholeNumber = (field: Bounded, words: { type: MessageKey; whole: MessageKey; low: MessageKey; high: MessageKey; name?: MessageKey }) => {
  const { min, max } = NUMBER_BOUNDS[field];
  const values = () => ({ min, max, maxMinutes: max / 60, field: words.name ? t(words.name) : '' });
  return z
    .number({ error: () => t(words.type, values()) })
    .check(
      z.int({ error: () => t(words.whole, values()) }),
      z.minimum(min, { error: () => t(words.low, values()) }),
      z.maximum(max, { error: () => t(words.high, values()) }),
    );
};

const minutes = (field: Bounded, name: MessageKey) =>
  wholeNumber(field, {
    name,
    type: 'settings.error.minutesType',
    whole: 'settings.error.minutesWhole',
    low: 'settings.error.minutesLow',
    high: 'settings.error.minutesHigh',
  });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const TimeOfDaySchema = z.string().check(z.regex(TIME, { error: say('settings.error.timeFormat') }));
export const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const WorkdaySchema = z.strictObject({ enabled: z.boolean(), start: TimeOfDaySchema, end: TimeOfDaySchema }).check(
  z.refine((day) => !day.enabled || minutesOfDay(day.end) > minutesOfDay(day.start), {
    error: say('settings.error.endBeforeStart'),
    path: ['end'],
  }),
);
export type Workday = z.infer<typeof WorkdaySchema>;

const weekday = (enabled: boolean): Workday => ({ enabled, start: '09:00', end: '17:30' });
/** Index 0 is Sunday, as in Date#getDay(). */
export const DEFAULT_WORKING_HOURS = {
  enabled: false,
  days: [weekday(false), weekday(true), weekday(true), weekday(true), weekday(true), weekday(true), weekday(false)],
};

export const WorkingHoursSchema = z.strictObject({
  /** Off: reminders whenever the computer is in use. */
  enabled: z.boolean(),
  days: z.array(WorkdaySchema).check(z.length(7)),
});

/** The routines a new stretch time suggests: the seed's desk stretch and its floor routine (any routine may be chosen). */
export const ROTATING_ROUTINES = ['quick-desk-stretch', 'sciatica-relief'] as const;
export const MAX_STRETCH_TIMES = 2;

/** An Electron accelerator such as CommandOrControl+Alt+F: modifiers, then one key. */
const ACCELERATOR =
  /^((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+){1,3}([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Home|End)$/;

/** A process name as the OS lists it ("zoom", "Teams.exe"); the Settings card checks typing with it. */
export const MeetingAppNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { error: say('settings.error.appNameEmpty') }),
    z.maxLength(60, { error: say('settings.error.appNameLong', { max: 60 }) }),
    z.regex(/^[\w .+-]+$/, { error: say('settings.error.appNameCharacters') }),
  );

/** Last resort, empty by default: a running process with one of these names means "in a meeting". */
export const MeetingAppsSchema = z.array(MeetingAppNameSchema).check(
  z.maxLength(20, { error: say('settings.error.tooManyApps', { max: 20 }) }),
  z.superRefine((apps, ctx) => {
    // Matching ignores case, so "Zoom" next to "zoom" would be the same app twice.
    const seen = new Set<string>();
    for (const app of apps) {
      const key = app.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: t('settings.error.appTwice', { app }) });
      seen.add(key);
    }
  }),
);

/** Which signals may hold reminders as "in a call", "presenting" or "do not disturb". */
export const PresenceSettingsSchema = z.strictObject({
  microphone: z.boolean(),
  camera: z.boolean(),
  fullscreen: z.boolean(),
  dnd: z.boolean(),
  meetingApps: MeetingAppsSchema,
});
export type PresenceSettings = z.infer<typeof PresenceSettingsSchema>;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  /** Minutes of desk time between guided stretch breaks. */
  stretchIntervalMin: z._default(minutes('stretchIntervalMin', 'settings.error.name.stretchInterval'), 45),
  /** Minutes between short posture checks. */
  postureIntervalMin: z._default(minutes('postureIntervalMin', 'settings.error.name.postureInterval'), 20),
  postureChecksEnabled: z._default(z.boolean(), true),
  /** How long a stretch break lasts; idle for this long also counts as a break taken. */
  breakLengthMin: z._default(minutes('breakLengthMin', 'settings.error.name.breakLength'), 3),
  /** The routine a stretch-break reminder opens. */
  stretchRoutineId: z._default(
    z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, { error: say('settings.error.routine') })),
    'stand-and-walk',
  ),
  /** Seconds of warning before a stretch break; 0 turns the heads-up off. */
  headsUpSec: z._default(
    wholeNumber('headsUpSec', {
      type: 'settings.error.headsUpType',
      whole: 'settings.error.headsUpWhole',
      low: 'settings.error.headsUpLow',
      high: 'settings.error.headsUpHigh',
    }),
    60,
  ),
  snoozeMin: z._default(minutes('snoozeMin', 'settings.error.name.snooze'), 5),
  maxSnoozes: z._default(
    wholeNumber('maxSnoozes', {
      type: 'settings.error.snoozesType',
      whole: 'settings.error.snoozesWhole',
      low: 'settings.error.snoozesLow',
      high: 'settings.error.snoozesHigh',
    }),
    2,
  ),
  workingHours: z._default(WorkingHoursSchema, DEFAULT_WORKING_HOURS),
  /** Soft tones during a session. */
  soundsEnabled: z._default(z.boolean(), true),
  /** Spoken cues ("Switch legs") during a session. */
  voiceEnabled: z._default(z.boolean(), true),
  /** Also show a small always-on-top reminder with Start / Snooze / Skip. */
  reminderWindow: z._default(z.boolean(), false),
  /** Bring the session window to the front with focus, or show it without stealing focus. */
  sessionWindowTakesFocus: z._default(z.boolean(), false),
  /**
   * Turns focus mode on or off from any app. Off (empty) by default, like the start shortcut: a
   * global shortcut takes its keys from every other app (the old default, Ctrl/⌘+Alt+F, took ⌥⌘F
   * from code editors and raised a consent dialog on GNOME Wayland at first start).
   */
  focusShortcut: z._default(
    z.string().check(
      z.regex(new RegExp(`^$|${ACCELERATOR.source}`), {
        error: say('settings.error.shortcut', { example: 'CommandOrControl+Alt+Shift+F' }),
      }),
    ),
    '',
  ),
  /**
   * Starts a stretch session from any app. Off (empty) by default: a global shortcut takes its
   * keys away from every other app, so the user chooses one that nothing they use needs.
   */
  startShortcut: z._default(
    z.string().check(
      z.regex(new RegExp(`^$|${ACCELERATOR.source}`), {
        error: say('settings.error.shortcut', { example: 'CommandOrControl+Alt+Shift+G' }),
      }),
    ),
    '',
  ),
  startAtLogin: z._default(z.boolean(), false),
  theme: z._default(ThemeSchema, 'system'),
  /** The first-run safety notice was read and accepted. */
  firstRunAcknowledged: z._default(z.boolean(), false),
  /** The walking goal; null until the user sets one (the home screen offers the seed's default). */
  walkingPlan: z._default(z.nullable(WalkingPlanSchema), null),
  presence: z._default(PresenceSettingsSchema, { microphone: true, camera: true, fullscreen: true, dnd: true, meetingApps: [] }),
  /** When the user said a flare-up started; null when not in one. */
  flareUpSince: z._default(z.nullable(z.iso.datetime({ error: say('settings.error.flareUpStart') })), null),
  /** Exercises left out of every session after "This hurt", until the user brings them back. */
  leftOutExercises: z._default(
    z.array(z.strictObject({ exerciseId: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), since: z.iso.datetime() })).check(z.maxLength(40)),
    [],
  ),
  /** The safety questions; null until answered, and the plan stays conservative meanwhile. */
  screening: z._default(z.nullable(ScreeningSchema), null),
  /** Speaking rate; none slower than 0.9, so every voice keeps within the session's speech budget (exercises/common/plan.ts). */
  voiceRate: z._default(
    z
      .number({ error: say('settings.error.rateType') })
      .check(
        z.minimum(NUMBER_BOUNDS.voiceRate.min, { error: () => t('settings.error.rateLow', { min: formatNumber(NUMBER_BOUNDS.voiceRate.min, 2) }) }),
        z.maximum(NUMBER_BOUNDS.voiceRate.max, { error: () => t('settings.error.rateHigh', { max: formatNumber(NUMBER_BOUNDS.voiceRate.max, 2) }) }),
      ),
    0.95,
  ),
  /** A system voice by name; '' for the system's default voice. */
  voiceName: z._default(z.string().check(z.maxLength(200, { error: say('settings.error.voiceNameLong', { max: 200 }) })), ''),
  /** Read an exercise's steps aloud in its first sessions only, then just its name. */
  voiceStepsOnce: z._default(z.boolean(), false),
  /** Routines with floor moves open in the floor view: large timer, full screen, lead-ins that wait for Ready. */
  floorMode: z._default(z.boolean(), true),
  /** In the floor view, a lead-in starts the hold by itself this many seconds after its words; null: only on Ready. */
  floorAutoStartSec: z._default(
    z.nullable(
      wholeNumber('floorAutoStartSec', {
        type: 'settings.error.secondsType',
        whole: 'settings.error.secondsWhole',
        low: 'settings.error.secondsLow',
        high: 'settings.error.secondsHigh',
      }),
    ),
    null,
  ),
  /** The language of every word Limber shows or speaks; 'system' follows the system's preferred languages. */
  locale: z._default(z.enum(LOCALE_CHOICES), 'system'),
  /** Walking distances in kilometres or miles; 'auto' follows the system's region. */
  distanceUnit: z._default(z.enum(['auto', 'km', 'mi']), 'auto'),
  /** A sit-stand desk: posture checks also say "stand up or change position" (issue 19). */
  sitStandDesk: z._default(z.boolean(), false),
  /**
   * Times of day when the break due offers a stretch routine instead of the usual one (issue 22;
   * breaks/common/rotation.ts). Empty by default: the person picks them (after lunch, after work).
   */
  stretchTimes: z._default(
    z
      // Any routine, built-in or own (issue 24); checkSettingsPatch checks that it exists, and a time
      // naming one deleted since offers the usual routine (breaks/node/break-service.ts).
      .array(z.strictObject({ at: TimeOfDaySchema, routineId: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, { error: say('settings.error.routine') })) }))
      .check(
        z.maxLength(MAX_STRETCH_TIMES, { error: say('settings.error.stretchTimesMax', { max: MAX_STRETCH_TIMES }) }),
        z.refine((times) => new Set(times.map((time) => time.at)).size === times.length, { error: say('settings.error.stretchTimesSame') }),
      ),
    [],
  ),
  /** On an afternoon with the walking goal far off, one break offers a short walk (issue 22). */
  walkingNudge: z._default(z.boolean(), true),
  /** "Not this week" on the weekly function question (issue 22): it stays away for seven days from then. */
  functionQuestionDismissedAt: z._default(z.nullable(z.iso.datetime()), null),
});

export type Settings = z.infer<typeof SettingsSchema>;
/** A time of day ('HH:MM') when the break due offers a stretch routine instead of the usual one (breaks/common/rotation.ts). */
export type StretchTime = Settings['stretchTimes'][number];

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
export const SettingsPatchSchema: z.ZodMiniType<SettingsPatch> = z.strictObject(
  Object.fromEntries(
    SETTINGS_KEYS.map((key) => {
      const field: z.ZodMiniType = SettingsSchema.shape[key];
      return [key, z.optional(field instanceof z.ZodMiniDefault ? field.def.innerType : field)];
    }),
  ),
);
