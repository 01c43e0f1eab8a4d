import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '@electron/presence/common/combine';
import { readingWords, withApp as withAppIn } from '../../../renderer/src/views/settings/presence-words';

const withApp = (meetingApps: string[], typed: string) => withAppIn({ ...DEFAULT_PRESENCE_SWITCHES, meetingApps }, typed);

describe('readingWords', () => {
  it('says what this computer can tell, in one line per state', () => {
    expect(readingWords({ state: 'working', detail: null })).toBe('Working');
    expect(readingWords({ state: 'working', detail: 'camera in use by zoom' })).toBe('Working (now: camera in use by zoom)');
    expect(readingWords({ state: 'off', detail: null })).toBe('Off');
    expect(readingWords({ state: 'unavailable', detail: 'on Wayland an app cannot see other windows' })).toBe(
      'Not available here: on Wayland an app cannot see other windows',
    );
    expect(readingWords({ state: 'unavailable', detail: null })).toBe('Not available here: this computer cannot tell');
    expect(readingWords({ state: 'unknown', detail: 'pactl: Connection refused' })).toBe('Cannot tell right now: pactl: Connection refused');
    expect(readingWords({ state: 'unknown', detail: null })).toBe('Cannot tell right now');
  });

  it('never claims a state before main answered, and passes on why it could not', () => {
    expect(readingWords(undefined)).toBe('Checking…');
    expect(readingWords('Limber could not complete that just now. Nothing was changed.')).toBe(
      'Cannot tell right now: Limber could not complete that just now. Nothing was changed.',
    );
  });
});

describe('withApp', () => {
  it('adds a trimmed name', () => {
    expect(withApp(['zoom'], '  Teams.exe ')).toEqual({ ok: true, value: ['zoom', 'Teams.exe'] });
  });

  it('refuses blank names, duplicates (any case), odd characters and a 21st app, in plain words', () => {
    expect(withApp([], '   ')).toMatchObject({ ok: false, message: 'Type the name of an app’s process first, for example zoom.' });
    expect(withApp(['zoom'], 'Zoom')).toEqual({ ok: false, message: 'Zoom is already in the list.' });
    expect(withApp([], 'zoom/../x')).toEqual({ ok: false, message: 'An app name is letters, digits, spaces, dots, dashes.' });
    expect(withApp([], 'x'.repeat(61))).toEqual({ ok: false, message: 'An app name can be at most 60 characters.' });
    const twenty = Array.from({ length: 20 }, (_, i) => `app${i}`);
    expect(withApp(twenty, 'one-more')).toEqual({ ok: false, message: 'At most 20 apps.' });
  });
});
