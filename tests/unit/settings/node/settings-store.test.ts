import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../../electron/settings/common/schema';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';

const tempDir = () => mkdtemp(join(tmpdir(), 'limber-settings-'));
const now = new Date('2026-11-24T10:00:00Z');

describe('settings store', () => {
  it('starts with defaults and persists a change across a reopen', async () => {
    const dir = await tempDir();
    const first = await openSettings(dir, confBackend, now);
    expect(first.get()).toEqual(DEFAULT_SETTINGS);
    expect(first.recovery).toBeNull();
    const result = first.update({ stretchIntervalMin: 50, theme: 'dark' });
    expect(result.ok).toBe(true);
    const second = await openSettings(dir, confBackend, now);
    expect(second.get().stretchIntervalMin).toBe(50);
    expect(second.get().theme).toBe('dark');
  });

  it.each([
    ['zero', { stretchIntervalMin: 0 }, 'stretchIntervalMin'],
    ['negative', { postureIntervalMin: -5 }, 'postureIntervalMin'],
    ['text', { breakLengthMin: 'ten' }, 'breakLengthMin'],
    ['absurd', { stretchIntervalMin: 100000 }, 'stretchIntervalMin'],
    ['fraction', { stretchIntervalMin: 12.5 }, 'stretchIntervalMin'],
    ['unknown key', { evil: true }, '(settings)'],
    ['version', { schemaVersion: 9 }, '(settings)'],
  ])('rejects a %s value with a plain message and saves nothing', async (_name, patch, key) => {
    const dir = await tempDir();
    const settings = await openSettings(dir, confBackend, now);
    const result = settings.update(patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toContain(key);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a garbage file aside, starts with defaults and says so', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{"stretchIntervalMin": 4');
    const settings = await openSettings(dir, confBackend, now);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.recovery?.kind).toBe('unreadable');
    const files = await readdir(dir);
    const kept = files.find((f) => f.startsWith('settings.corrupt-'));
    expect(kept).toBeDefined();
    expect(await readFile(join(dir, kept!), 'utf8')).toBe('{"stretchIntervalMin": 4');
  });

  it('repairs only the invalid fields of a schema-invalid file and keeps a copy', async () => {
    const dir = await tempDir();
    const original = JSON.stringify({ schemaVersion: 1, stretchIntervalMin: 55, postureIntervalMin: 'often', theme: 'neon' });
    await writeFile(join(dir, 'settings.json'), original);
    const settings = await openSettings(dir, confBackend, now);
    expect(settings.get().stretchIntervalMin).toBe(55);
    expect(settings.get().postureIntervalMin).toBe(DEFAULT_SETTINGS.postureIntervalMin);
    expect(settings.recovery?.resetFields.sort()).toEqual(['postureIntervalMin', 'theme']);
    const kept = (await readdir(dir)).find((f) => f.startsWith('settings.invalid-'));
    expect(await readFile(join(dir, kept!), 'utf8')).toBe(original);
  });

  it.each([['empty', ''], ['array', '[1,2]'], ['null', 'null'], ['number', '42']])(
    'recovers from an %s file',
    async (_name, content) => {
      const dir = await tempDir();
      await writeFile(join(dir, 'settings.json'), content);
      const settings = await openSettings(dir, confBackend, now);
      expect(settings.get()).toEqual(DEFAULT_SETTINGS);
      expect(settings.recovery?.kind).toBe('unreadable');
    },
  );

  it('notifies listeners on change', async () => {
    const settings = await openSettings(await tempDir(), confBackend, now);
    const seen: number[] = [];
    const off = settings.onChange((s) => seen.push(s.stretchIntervalMin));
    settings.update({ stretchIntervalMin: 30 });
    off();
    settings.update({ stretchIntervalMin: 40 });
    expect(seen).toEqual([30]);
  });
});

describe('settings file from an earlier version', () => {
  it('loads a v1 file, migrates it, and writes it back at the current version', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, stretchIntervalMin: 35, soundsEnabled: false, theme: 'light' }));
    const settings = await openSettings(dir, confBackend, now);
    expect(settings.recovery).toBeNull();
    expect(settings.migrationsApplied).toHaveLength(SETTINGS_VERSION - 1);
    expect(settings.get()).toMatchObject({ stretchIntervalMin: 35, soundsEnabled: false, voiceEnabled: false, theme: 'light' });
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as { schemaVersion: number };
    expect(onDisk.schemaVersion).toBe(SETTINGS_VERSION);
  });

  it('rejects a working day that ends before it starts, with the message on the end field', async () => {
    const settings = await openSettings(await tempDir(), confBackend, now);
    const days = structuredClone(settings.get().workingHours.days);
    days[1] = { enabled: true, start: '17:00', end: '09:00' };
    const result = settings.update({ workingHours: { enabled: true, days } });
    expect(result).toEqual({ ok: false, errors: { 'workingHours.days.1.end': 'The end time must be after the start time.' } });
  });
});

describe('partial updates', () => {
  it('change only the fields they name', async () => {
    const dir = await tempDir();
    const settings = await openSettings(dir, confBackend, now);
    settings.update({ theme: 'dark', firstRunAcknowledged: true, snoozeMin: 7 });
    settings.update({ stretchIntervalMin: 50 });
    const reopened = await openSettings(dir, confBackend, now);
    expect(reopened.get()).toMatchObject({ theme: 'dark', firstRunAcknowledged: true, snoozeMin: 7, stretchIntervalMin: 50 });
  });
});

describe('a settings file from a newer Limber', () => {
  it('keeps a copy, keeps what this version understands, and says so', async () => {
    const dir = await tempDir();
    const original = JSON.stringify({ schemaVersion: 99, stretchIntervalMin: 60, hologramMode: true });
    await writeFile(join(dir, 'settings.json'), original);
    const settings = await openSettings(dir, confBackend, now);
    expect(settings.recovery?.kind).toBe('newer-version');
    expect(settings.get().stretchIntervalMin).toBe(60);
    const kept = (await readdir(dir)).find((f) => f.startsWith('settings.newer-'));
    expect(await readFile(join(dir, kept!), 'utf8')).toBe(original);
  });
});
