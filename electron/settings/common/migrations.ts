/**
 * Integer-versioned settings migrations. Each entry upgrades a raw document from version `from`
 * to `from + 1`. They run on plain JSON before validation, so a file written by any earlier
 * release loads. We do not use conf's semver migrations (they carry a known-bugs warning).
 */
export type RawSettings = Record<string, unknown>;

export interface Migration {
  from: number;
  describe: string;
  up(doc: RawSettings): RawSettings;
}

/** Ordered list, one step per version. Never edit a shipped step; add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'spoken cues get their own switch, following the old sounds switch',
    // v1 had one "sounds" switch for everything; v2 splits voice from tones. Everything else v2
    // adds (working hours, snooze, heads-up, routine) takes its default.
    up: (doc) => ({ ...doc, voiceEnabled: typeof doc['soundsEnabled'] === 'boolean' ? doc['soundsEnabled'] : true }),
  },
  {
    from: 2,
    describe: 'a global shortcut to start a stretch session, off until the user picks one',
    up: (doc) => ({ ...doc, startShortcut: '' }),
  },
  {
    from: 3,
    describe: 'the focus shortcut is off unless the user chose one',
    // Up to v3 every file held the default Ctrl/⌘+Alt+F (the store writes every field), so the old
    // default means "never changed": it goes off like the start shortcut. Any other choice stays
    // (and still meets the shortcut rule when it is registered, shortcut-settings.ts).
    up: (doc) => (doc['focusShortcut'] === 'CommandOrControl+Alt+F' ? { ...doc, focusShortcut: '' } : doc),
  },
];

export interface MigrationResult {
  doc: RawSettings;
  from: number;
  to: number;
  applied: string[];
}

/**
 * Upgrade `doc` to `target`. A document without a version is treated as version 1 (the first
 * release wrote one, so this only happens to hand-edited files). A document from a newer
 * release is returned untouched with `from > to` so the caller can keep the file aside.
 */
export function migrate(
  input: RawSettings,
  target: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  const rawVersion = input['schemaVersion'];
  const from = typeof rawVersion === 'number' && Number.isInteger(rawVersion) && rawVersion > 0 ? rawVersion : 1;
  let doc: RawSettings = { ...input };
  const applied: string[] = [];
  if (from > target) return { doc, from, to: target, applied };
  for (let v = from; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`No settings migration from version ${v} to ${v + 1}.`);
    doc = { ...step.up(doc), schemaVersion: v + 1 };
    applied.push(`v${v}→v${v + 1}: ${step.describe}`);
  }
  doc['schemaVersion'] = target;
  return { doc, from, to: target, applied };
}
