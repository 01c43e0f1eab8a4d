import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from '../../../../electron/settings/common/migrations';
import { SETTINGS_VERSION } from '../../../../electron/settings/common/schema';

const steps: Migration[] = [
  { from: 1, describe: 'rename interval', up: ({ interval, ...rest }) => ({ ...rest, stretchIntervalMin: interval }) },
  { from: 2, describe: 'add theme', up: (doc) => ({ ...doc, theme: 'system' }) },
];

describe('settings migrations', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < SETTINGS_VERSION; v++) expect(MIGRATIONS.filter((m) => m.from === v)).toHaveLength(1);
  });

  it('runs every step in order from any earlier version', () => {
    expect(migrate({ schemaVersion: 1, interval: 40 }, 3, steps)).toEqual({
      doc: { schemaVersion: 3, stretchIntervalMin: 40, theme: 'system' },
      from: 1,
      to: 3,
      applied: ['v1→v2: rename interval', 'v2→v3: add theme'],
    });
    expect(migrate({ schemaVersion: 2, stretchIntervalMin: 40 }, 3, steps).doc).toEqual({
      schemaVersion: 3,
      stretchIntervalMin: 40,
      theme: 'system',
    });
  });

  it('treats a missing or nonsense version as the first release', () => {
    expect(migrate({ interval: 30 }, 3, steps).from).toBe(1);
    expect(migrate({ schemaVersion: 'two', interval: 30 }, 3, steps).from).toBe(1);
  });

  it('leaves a document from a newer release untouched', () => {
    const result = migrate({ schemaVersion: 9, x: 1 }, 3, steps);
    expect(result.from).toBe(9);
    expect(result.applied).toEqual([]);
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrate({ schemaVersion: 1 }, 4, steps)).toThrow(/from version 3/);
  });

  it('migrates every shipped earlier version to the current one', () => {
    for (let v = 1; v <= SETTINGS_VERSION; v++) {
      expect(migrate({ schemaVersion: v }, SETTINGS_VERSION).doc['schemaVersion']).toBe(SETTINGS_VERSION);
    }
  });
});

describe('shipped migrations', () => {
  it('v1 → v2 keeps every v1 value and gives voice the old sounds switch', async () => {
    const { SettingsSchema } = await import('../../../../electron/settings/common/schema');
    const v1 = { schemaVersion: 1, stretchIntervalMin: 50, postureIntervalMin: 25, postureChecksEnabled: false, breakLengthMin: 4, soundsEnabled: false, startAtLogin: true, theme: 'dark' };
    const { doc } = migrate(v1, SETTINGS_VERSION);
    const settings = SettingsSchema.parse(doc);
    expect(settings).toMatchObject({ ...v1, schemaVersion: SETTINGS_VERSION, voiceEnabled: false });
    expect(settings.workingHours.enabled).toBe(false);
  });

  it('v2 → v3 adds the start-session shortcut, off, and keeps the focus shortcut', async () => {
    const { SettingsSchema } = await import('../../../../electron/settings/common/schema');
    const v2 = { schemaVersion: 2, focusShortcut: 'Control+Shift+F', voiceEnabled: false };
    const settings = SettingsSchema.parse(migrate(v2, SETTINGS_VERSION).doc);
    expect(settings).toMatchObject({ ...v2, schemaVersion: SETTINGS_VERSION, startShortcut: '' });
  });

  it('v3 → v4 turns off the focus shortcut nobody changed (the old default), and keeps one the user chose', async () => {
    const { SettingsSchema } = await import('../../../../electron/settings/common/schema');
    const untouched = { schemaVersion: 3, focusShortcut: 'CommandOrControl+Alt+F', startShortcut: '' };
    expect(SettingsSchema.parse(migrate(untouched, SETTINGS_VERSION).doc).focusShortcut).toBe('');
    const chosen = { schemaVersion: 3, focusShortcut: 'Ctrl+Shift+F1', startShortcut: '' };
    expect(SettingsSchema.parse(migrate(chosen, SETTINGS_VERSION).doc).focusShortcut).toBe('Ctrl+Shift+F1');
    expect(SettingsSchema.parse({ schemaVersion: SETTINGS_VERSION }).focusShortcut).toBe(''); // a new install
  });
});
