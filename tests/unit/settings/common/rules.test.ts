import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSettingsPatch, shortcutProblem, systemWideEffects } from '../../../../electron/settings/common/rules';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { emptyLibrary } from '../../../../electron/routines/common/own-schema';
import { ownLibrary } from '../../../support/own-routines';

const now = new Date('2026-11-24T10:00:00Z');

describe('the global shortcut rule', () => {
  it.each(['CommandOrControl+Alt+Shift+F', 'Control+Alt+Shift+K', 'Ctrl+Shift+F1', 'Alt+Shift+F7', 'Super+Alt+Shift+B', 'CmdOrCtrl+Option+Shift+Space', ''])(
    'accepts %j (three modifiers, or two with a function key, or none at all)',
    (accelerator) => expect(shortcutProblem(accelerator)).toBeNull(),
  );

  it.each([
    ['Control+C', /Ctrl\+C would take that key from every other app/],
    ['CommandOrControl+V', /Ctrl\+V would take/],
    ['Ctrl+X', /would take/],
    ['Ctrl+Z', /would take/],
    ['Ctrl+A', /would take/],
    ['Ctrl+S', /would take/],
    ['Alt+Tab', /Alt\+Tab would take/],
    ['Alt+F4', /Alt\+F4 would take/],
    ['Super+L', /Super\+L would take/],
    ['Shift+A', /Shift\+A would take/],
    ['Shift+F', /would take/],
    ['Ctrl+Control+C', /would take/], // two names, one key pressed
    ['CommandOrControl+Alt+F', /Ctrl\+Alt\+F would take/], // ⌥⌘F: Replace in VS Code, Xcode, Sublime
    ['Control+Alt+T', /would take/],
    ['CommandOrControl+Shift+P', /would take/], // editors' command palette
    ['Alt+Shift+F', /would take/], // format document (VS Code)
    ['Super+Alt+B', /would take/],
    ['Ctrl+Alt+F2', /Ctrl\+Alt\+F2 is a well-known shortcut/],
    ['Ctrl+Shift+F10', /well-known/],
    ['Cmd+Option+Shift+V', /Ctrl\+Alt\+Shift\+V is a well-known/],
    ['Meta+Ctrl+Shift+B', /Ctrl\+Shift\+Super\+B is a well-known/],
    ['Hyper+F', /use modifiers and one key/i],
  ])('refuses %s with a plain reason', (accelerator, message) => expect(shortcutProblem(accelerator)).toMatch(message));
});

describe('checkSettingsPatch', () => {
  it('refuses a routine that does not exist', () => {
    expect(checkSettingsPatch({ stretchRoutineId: 'no-such-routine' })).toEqual([{ path: 'stretchRoutineId', message: 'Choose one of the routines.' }]);
    expect(checkSettingsPatch({ stretchRoutineId: 'sciatica-relief' })).toEqual([]);
  });

  it('applies the whole-document rules on top of the current settings (a working day ends after it starts)', () => {
    const days = DEFAULT_SETTINGS.workingHours.days.map((d, i) => (i === 1 ? { ...d, start: '18:00', end: '09:00' } : d));
    expect(checkSettingsPatch({ workingHours: { enabled: true, days } }, DEFAULT_SETTINGS)).toEqual([
      { path: 'workingHours.days.1.end', message: 'The end time must be after the start time.' },
    ]);
  });

  it('judges only what the patch sets: a stored value never blocks an unrelated change', () => {
    const current = { ...DEFAULT_SETTINGS, focusShortcut: 'Control+C', stretchRoutineId: 'retired-routine' };
    expect(checkSettingsPatch({ theme: 'dark' }, current)).toEqual([]);
  });

  it('names the system-wide effects of a change', () => {
    const patch = { startAtLogin: true, focusShortcut: 'Control+Alt+Shift+K', startShortcut: 'Ctrl+Shift+F1', theme: 'dark' } as const;
    expect(systemWideEffects(patch, DEFAULT_SETTINGS)).toEqual([
      'turns on start at login',
      'sets the focus-mode shortcut Control+Alt+Shift+K, taken from every other app while Limber runs',
      'sets the start-session shortcut Ctrl+Shift+F1, taken from every other app while Limber runs',
    ]);
    expect(systemWideEffects({ focusShortcut: '' }, { ...DEFAULT_SETTINGS, focusShortcut: 'Ctrl+Shift+F1' })).toEqual([
      'turns off the focus-mode shortcut',
    ]);
    expect(systemWideEffects({ startAtLogin: false, focusShortcut: DEFAULT_SETTINGS.focusShortcut }, DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('the settings store applies the rules to every update', () => {
  it.each([
    [{ stretchRoutineId: 'no-such-routine' }, 'stretchRoutineId'],
    [{ focusShortcut: 'Control+C' }, 'focusShortcut'],
    [{ startShortcut: 'Control+C' }, 'startShortcut'],
    [{ startShortcut: 'Control+V' }, 'startShortcut'],
    [{ startShortcut: 'Alt+F4' }, 'startShortcut'],
    [{ startShortcut: 'Super+L' }, 'startShortcut'],
    [{ startShortcut: 'Shift+A' }, 'startShortcut'],
  ])('refuses %j and saves nothing', async (patch, field) => {
    const settings = await openSettings(await mkdtemp(join(tmpdir(), 'limber-rules-')), confBackend, now);
    const result = settings.update(patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual([field]);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the routine a stretch time offers (issue 24: own routines too)', () => {
  afterEach(() => publishLibrary(emptyLibrary()));
  const time = (routineId: string) => [{ at: '13:30', routineId }];
  const problems = (routineId: string, current = DEFAULT_SETTINGS) => checkSettingsPatch({ stretchTimes: time(routineId) }, current).map((i) => i.message);

  it('takes the desk stretch, the floor routine and an own routine that exists', () => {
    publishLibrary(ownLibrary());
    expect(problems('quick-desk-stretch')).toEqual([]);
    expect(problems('sciatica-relief')).toEqual([]);
    expect(problems('own-physio')).toEqual([]);
  });

  it('refuses a routine that is not there, and other built-ins, in words', () => {
    const refused = ['Choose the desk stretch, the floor routine or one of your own routines for a stretch time.'];
    expect(problems('own-physio')).toEqual(refused);
    expect(problems('walk-break')).toEqual(refused);
  });

  it('one stored before its routine was deleted blocks no other change', () => {
    expect(problems('own-physio', { ...DEFAULT_SETTINGS, stretchTimes: time('own-physio') })).toEqual([]);
    expect(checkSettingsPatch({ stretchIntervalMin: 50 }, { ...DEFAULT_SETTINGS, stretchTimes: time('own-physio') })).toEqual([]);
  });
});
