// The pure parsers against recorded helper output. pactl-*.txt were recorded from a real
// PulseAudio 16.1 (a null source "headset_mic" recorded by "zoom", a peak meter on it as
// pavucontrol makes one, and "obs" recording the speakers' monitor). The Windows fixtures follow
// reg.exe's and tasklist's exact layout (CRLF, four-space columns) but were written by hand: no
// Windows machine records here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInhibitedReply, parseShowBanners } from '../../../../electron/presence/adapters/linux-dnd';
import { matchMeetingApps, parsePsCommands, parseTasklistCsv } from '../../../../electron/presence/adapters/meeting-apps';
import {
  microphoneStreams,
  parseShortSources,
  parseSourceOutputs,
  streamOwners,
} from '../../../../electron/presence/adapters/pulse-streams';
import { parseConsentStore } from '../../../../electron/presence/adapters/windows-capability';
import { notificationStateFindings, QUNS } from '../../../../electron/presence/adapters/windows-notification-state';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const nobody = { pids: [], names: [] };

describe('pactl output', () => {
  const streams = parseSourceOutputs(fixture('pactl-source-outputs.txt'));
  const sources = parseShortSources(fixture('pactl-short-sources.txt'));

  it('reads every recording stream with its source, rate and properties', () => {
    expect(streams.map((s) => [s.index, s.source, s.rateHz, s.corked, s.properties['application.name']])).toEqual([
      [0, 1, 25, false, 'pavucontrol'],
      [1, 1, 44100, false, 'zoom'],
      [2, 0, 44100, false, 'obs'],
    ]);
    expect(sources.get(0)).toEqual({ name: 'speakers.monitor', monitor: true });
    expect(sources.get(1)).toEqual({ name: 'headset_mic', monitor: false });
  });

  it('counts a real recording from a microphone, not a peak meter nor a recording of the speakers', () => {
    expect(microphoneStreams(streams, sources, nobody).map((s) => s.properties['application.name'])).toEqual(['zoom']);
    expect(streamOwners(microphoneStreams(streams, sources, nobody))).toBe('zoom');
  });

  it("never counts Limber's own streams, by pid or by name", () => {
    const zoomPid = Number(streams[1]?.properties['application.process.id']);
    expect(microphoneStreams(streams, sources, { pids: [zoomPid], names: [] })).toEqual([]);
    expect(microphoneStreams(streams, sources, { pids: [], names: ['ZOOM'] })).toEqual([]);
  });

  it('does not count a paused (corked) stream, and counts one on a source it has not seen', () => {
    const corked = streams.map((s) => ({ ...s, corked: true }));
    expect(microphoneStreams(corked, sources, nobody)).toEqual([]);
    expect(microphoneStreams(streams, new Map(), nobody).map((s) => s.index)).toEqual([1, 2]);
  });

  it('reads nothing from empty output', () => {
    expect(parseSourceOutputs('')).toEqual([]);
    expect(parseShortSources('')).toEqual(new Map());
  });
});

describe('do-not-disturb output', () => {
  it('reads show-banners from gsettings and dconf', () => {
    expect(parseShowBanners('false\n')).toBe(true);
    expect(parseShowBanners('true\n')).toBe(false);
    expect(parseShowBanners('\n')).toBe(false); // dconf: never written = the default, banners on
    expect(parseShowBanners('@mb nothing')).toBeNull();
  });

  it("reads KDE's Inhibited property from dbus-send", () => {
    const reply = (v: string) =>
      `method return time=1.2 sender=:1.9 -> destination=:1.12 serial=4 reply_serial=2\n   variant       boolean ${v}\n`;
    expect(parseInhibitedReply(reply('true'))).toBe(true);
    expect(parseInhibitedReply(reply('false'))).toBe(false);
    expect(parseInhibitedReply('method return …\n   variant       uint32 3\n')).toBeNull();
  });
});

describe('Windows consent store (reg query /s)', () => {
  it('finds the desktop app holding the microphone, not the Store app that stopped nor a location user', () => {
    expect(parseConsentStore(fixture('reg-consent-store-in-call.txt'))).toEqual([
      { capability: 'microphone', app: 'Zoom' },
    ]);
  });

  it('finds nothing once the stop time is written', () => {
    expect(parseConsentStore(fixture('reg-consent-store-idle.txt'))).toEqual([]);
  });

  it('names Store apps by package and sees the webcam too', () => {
    const text = fixture('reg-consent-store-idle.txt').replace(
      /(webcam\\Microsoft\.WindowsCamera_8wekyb3d8bbwe\r\n(?:.*\r\n)*?\s+LastUsedTimeStop\s+REG_QWORD\s+)0x[0-9a-f]+/,
      '$10x0',
    );
    expect(parseConsentStore(text)).toEqual([{ capability: 'webcam', app: 'Microsoft.WindowsCamera' }]);
  });
});

describe('process lists', () => {
  it('reads tasklist CSV and ps command names', () => {
    expect(parseTasklistCsv(fixture('tasklist.csv'))).toEqual([
      'System Idle Process',
      'explorer.exe',
      'Zoom.exe',
      'ms-teams.exe',
      'Code.exe',
    ]);
    expect(parsePsCommands(fixture('ps-axco.txt'))).toEqual([
      'launchd',
      'WindowServer',
      'loginwindow',
      'zoom.us',
      'Slack Helper',
      'Firefox',
    ]);
  });

  it('matches listed apps case-insensitively, with or without .exe, against cut Linux names', () => {
    expect(matchMeetingApps(['zoom', 'Teams', 'MS-Teams.exe'], parseTasklistCsv(fixture('tasklist.csv')))).toEqual([
      'zoom',
      'MS-Teams.exe',
    ]);
    expect(matchMeetingApps(['Zoom.us', 'slack'], parsePsCommands(fixture('ps-axco.txt')))).toEqual(['Zoom.us']);
    expect(matchMeetingApps(['teams-for-linux-beta', 'zoom'], ['teams-for-linux', 'bash'], 15)).toEqual([
      'teams-for-linux-beta',
    ]);
    expect(matchMeetingApps(['', ' '], ['', 'bash'])).toEqual([]);
  });
});

describe('Windows notification state', () => {
  it('maps each state to presenting and dnd', () => {
    const values = (state: number) => notificationStateFindings(state).map((f) => [f.via, f.value]);
    expect(values(QUNS.ACCEPTS_NOTIFICATIONS)).toEqual([
      ['fullscreen', false],
      ['dnd', false],
    ]);
    expect(values(QUNS.PRESENTATION_MODE)).toEqual([
      ['fullscreen', true],
      ['dnd', false],
    ]);
    expect(values(QUNS.BUSY)).toEqual([
      ['fullscreen', true],
      ['dnd', false],
    ]);
    expect(values(QUNS.RUNNING_D3D_FULL_SCREEN)).toEqual([
      ['fullscreen', true],
      ['dnd', false],
    ]);
    expect(values(QUNS.QUIET_TIME)).toEqual([
      ['fullscreen', false],
      ['dnd', true],
    ]);
    expect(values(42)).toEqual([
      ['fullscreen', null],
      ['dnd', null],
    ]);
    expect(notificationStateFindings(42)[0]?.reason).toMatch(/unknown notification state \(42\)/);
  });
});
