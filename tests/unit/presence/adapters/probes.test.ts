// Each adapter's flow with a scripted command runner: which programs it runs, how often, and what
// it makes of their answers and failures. (The real programs run in tests/integration/presence-*.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import type { PresenceProbe } from '../../../../electron/ports/presence';
import { gnomeDndProbe, kdeDndProbe } from '../../../../electron/presence/adapters/linux-dnd';
import { linuxMicrophoneProbe } from '../../../../electron/presence/adapters/linux-microphone';
import { setFailureLog } from '../../../../electron/base/common/os-failure';
import { meetingAppsProbe } from '../../../../electron/presence/adapters/meeting-apps';
import { windowsCapabilityProbe } from '../../../../electron/presence/adapters/windows-capability';
import type { CommandRunner } from '../../../../electron/presence/adapters/command';
import { ok, scripted } from './scripted-runner';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const ctx = (meetingApps: string[] = []) => ({
  signal: new AbortController().signal,
  switches: { ...DEFAULT_PRESENCE_SWITCHES, meetingApps },
});
const values = async (probe: PresenceProbe, apps?: string[]) =>
  (await probe.read(ctx(apps))).map((f) => [f.via, f.value, f.reason]);

describe('Linux microphone probe (pactl)', () => {
  it('says who records, and asks for the sources only when a recording names a new one', async () => {
    let outputs = fixture('pactl-source-outputs.txt');
    const { run, calls } = scripted({
      'pactl list source-outputs': () => ok(outputs),
      'pactl list short sources': ok(fixture('pactl-short-sources.txt')),
      'pactl list short source-outputs': ok(fixture('pactl-short-source-outputs.txt')),
    });
    const probe = linuxMicrophoneProbe({ env: {}, run, own: { pids: [], names: [] } });
    expect(await values(probe)).toEqual([['microphone', true, 'microphone in use by zoom']]);
    expect(await values(probe)).toEqual([['microphone', true, 'microphone in use by zoom']]);
    // The short listing of streams confirms a stream that would count (pulse-streams.ts: trustStreams).
    expect(calls).toEqual([
      'pactl list source-outputs',
      'pactl list short sources',
      'pactl list short source-outputs',
      'pactl list source-outputs',
      'pactl list short source-outputs',
    ]);
    outputs = '';
    expect(await values(probe)).toEqual([['microphone', false, null]]);
    expect(calls).toHaveLength(6);
  });

  it('fails in plain words when no sound server answers; pactl’s own go to the log', async () => {
    const log: string[] = [];
    setFailureLog((line) => log.push(line));
    const { run } = scripted({
      'pactl list source-outputs': { code: 1, stdout: '', stderr: 'Connection failure: Connection refused\n' },
    });
    await expect(linuxMicrophoneProbe({ env: {}, run }).read(ctx())).rejects.toThrow(
      /^no sound server \(PulseAudio or PipeWire\) is answering; its own explanation is in Limber's log$/,
    );
    expect(log).toEqual(['pactl list source-outputs: Connection failure: Connection refused']);
    setFailureLog(() => {});
  });

  it('any other pactl failure says pactl could not run; its words go to the log', async () => {
    const log: string[] = [];
    setFailureLog((line) => log.push(line));
    const { run } = scripted({ 'pactl list source-outputs': { code: 1, stdout: '', stderr: 'Protocol error\n' } });
    await expect(linuxMicrophoneProbe({ env: {}, run }).read(ctx())).rejects.toThrow(/^pactl could not run: its own explanation is in Limber's log$/);
    expect(log).toEqual(['pactl list source-outputs: Protocol error']);
    setFailureLog(() => {});
  });
});

describe('GNOME and KDE do-not-disturb probes', () => {
  const gsettings = 'gsettings get org.gnome.desktop.notifications show-banners';
  const dconf = 'dconf read /org/gnome/desktop/notifications/show-banners';

  it('reads gsettings, and falls back to dconf when the schema is missing or gsettings is absent', async () => {
    const viaGsettings = scripted({ [gsettings]: ok('false\n') });
    expect(await values(gnomeDndProbe({ env: {}, run: viaGsettings.run }))).toEqual([
      ['dnd', true, 'do not disturb is on'],
    ]);
    const noSchema = scripted({
      [gsettings]: { code: 1, stdout: '', stderr: 'No such schema “org.gnome.desktop.notifications”' },
      [dconf]: ok(''),
    });
    expect(await values(gnomeDndProbe({ env: {}, run: noSchema.run }))).toEqual([['dnd', false, null]]);
    const noGsettings = scripted({ [gsettings]: new Error('gsettings is not installed'), [dconf]: ok('false\n') });
    expect((await values(gnomeDndProbe({ env: {}, run: noGsettings.run })))[0]?.[1]).toBe(true);
    const neither = scripted({
      [gsettings]: new Error('gsettings is not installed'),
      [dconf]: new Error('dconf is not installed'),
    });
    await expect(gnomeDndProbe({ env: {}, run: neither.run }).read(ctx())).rejects.toThrow('dconf is not installed');
  });

  it("reads KDE's Inhibited property, and fails when no notification server answers", async () => {
    const answer =
      (stdout: string, code = 0): CommandRunner =>
      (file, args) => {
        expect([file, ...args]).toContain('string:Inhibited');
        return Promise.resolve({
          code,
          stdout,
          stderr: code ? 'Error org.freedesktop.DBus.Error.ServiceUnknown: no owner' : '',
        });
      };
    expect(
      await values(kdeDndProbe({ env: {}, run: answer('method return\n   variant       boolean true\n') })),
    ).toEqual([['dnd', true, 'do not disturb is on']]);
    await expect(kdeDndProbe({ env: {}, run: answer('', 1) }).read(ctx())).rejects.toThrow('ServiceUnknown');
  });
});

describe('Windows capability probe (reg query)', () => {
  it('answers for the microphone and the camera from one reg query', async () => {
    const { run, calls } = scripted({
      'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore /s': ok(
        fixture('reg-consent-store-in-call.txt'),
      ),
    });
    expect(await values(windowsCapabilityProbe({ env: {}, run }))).toEqual([
      ['microphone', true, 'microphone in use by Zoom'],
      ['camera', false, null],
    ]);
    expect(calls).toHaveLength(1);
  });
});

describe('meeting-apps probe', () => {
  it('runs tasklist on Windows and ps on macOS and matches the listed names', async () => {
    const win = scripted({ 'tasklist /fo csv /nh': ok(fixture('tasklist.csv')) });
    expect(await values(meetingAppsProbe({ platform: 'win32', env: {}, run: win.run }), ['zoom'])).toEqual([
      ['meetingApps', true, 'meeting app running: zoom'],
    ]);
    const mac = scripted({ 'ps -axco command': ok(fixture('ps-axco.txt')) });
    expect(await values(meetingAppsProbe({ platform: 'darwin', env: {}, run: mac.run }), ['Webex'])).toEqual([
      ['meetingApps', false, null],
    ]);
  });
});
