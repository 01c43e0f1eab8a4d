// The watching probes with a fake spawner (recorded `pactl subscribe`, `gsettings monitor` and
// `gdbus monitor` lines) and a scripted one-shot runner: how many processes each reading costs,
// when the source is told, and that nothing is lost when the watcher cannot run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import type { PresenceProbe } from '../../../../electron/ports/presence';
import { gnomeDndProbe, kdeDndProbe } from '../../../../electron/presence/adapters/linux-dnd';
import { linuxMicrophoneProbe } from '../../../../electron/presence/adapters/linux-microphone';
import { FakeSpawner, ManualTimers, settle } from './fake-watchers';
import { ok, scripted } from './scripted-runner';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const lines = (name: string) => fixture(name).trimEnd().split('\n');
const ctx = () => ({ signal: new AbortController().signal, switches: { ...DEFAULT_PRESENCE_SWITCHES } });
const read = async (probe: PresenceProbe) => (await probe.read(ctx())).map((f) => [f.via, f.value, f.reason]);

const LIST = 'pactl list source-outputs';
const SOURCES = 'pactl list short sources';
/** Asked only when a stream would count, to confirm it (pulse-streams.ts: trustStreams). */
const OUTPUTS = 'pactl list short source-outputs';
const IN_CALL = [['microphone', true, 'microphone in use by zoom']];
const QUIET = [['microphone', false, null]];

function microphone(own = { pids: [] as number[], names: [] as string[] }) {
  let outputs = '';
  const runner = scripted({
    [LIST]: () => ok(outputs),
    [SOURCES]: ok(fixture('pactl-short-sources.txt')),
    [OUTPUTS]: ok(fixture('pactl-short-source-outputs.txt')),
  });
  const spawner = new FakeSpawner();
  const timers = new ManualTimers();
  const probe = linuxMicrophoneProbe({ env: {}, run: runner.run, spawn: spawner.spawn, timers, own });
  let changes = 0;
  const watch = () => probe.watch?.(() => changes++);
  const setRecording = (on: boolean) => (outputs = on ? fixture('pactl-source-outputs.txt') : '');
  return { probe, runner, spawner, timers, watch, setRecording, changes: () => changes };
}

/**
 * Watching and read once, as the source does at start (a direct listing, which starts the
 * watcher), then listening, with its own first listing done.
 */
async function listening(m: ReturnType<typeof microphone>) {
  m.watch();
  await read(m.probe);
  m.timers.advance(500);
  await settle();
}

describe('microphone probe, watching pactl subscribe', () => {
  it('starts pactl subscribe with the first reading, lists once when it listens, then reads without a process', async () => {
    const m = microphone();
    m.watch();
    expect(m.spawner.started).toEqual([]); // a switched-off signal is never read: no helper for it
    await listening(m);
    expect(m.spawner.started.map((h) => h.command)).toEqual(['pactl subscribe']);
    expect(m.runner.calls).toEqual([LIST, LIST]);
    for (let i = 0; i < 20; i++) expect(await read(m.probe)).toEqual(QUIET);
    expect(m.runner.calls).toEqual([LIST, LIST]);
    expect(m.spawner.started).toHaveLength(1);
  });

  it('a recording stream appearing and going: one listing per burst, the source told each time', async () => {
    const m = microphone();
    await listening(m);
    const before = m.changes();
    m.setRecording(true);
    const [, , started, sourceChange, , removed] = lines('pactl-subscribe.txt');
    m.spawner.latest.print(...lines('pactl-subscribe.txt').slice(0, 5)); // client, stream and source events
    m.timers.advance(150);
    await settle();
    expect(m.runner.calls).toEqual([LIST, LIST, LIST, SOURCES, OUTPUTS]); // the new stream names a source not yet seen
    expect(m.changes()).toBe(before + 1);
    expect(await read(m.probe)).toEqual(IN_CALL);
    expect(m.runner.calls).toHaveLength(5);

    m.setRecording(false);
    m.spawner.latest.print(removed ?? '', started ?? '', removed ?? ''); // a burst: one listing
    m.timers.advance(150);
    await settle();
    expect(m.runner.calls).toEqual([LIST, LIST, LIST, SOURCES, OUTPUTS, LIST]);
    expect(m.changes()).toBe(before + 2);
    expect(await read(m.probe)).toEqual(QUIET);

    m.spawner.latest.print(sourceChange ?? '', "Event 'change' on sink #0", "Event 'new' on client #4");
    m.timers.advance(1_000);
    await settle();
    expect(m.runner.calls).toHaveLength(6); // nothing about recording streams: nothing to do
  });

  it('is not told when a listing finds the same answer (a volume change on a stream)', async () => {
    const m = microphone();
    m.setRecording(true);
    await listening(m);
    const before = m.changes();
    expect(await read(m.probe)).toEqual(IN_CALL);
    m.spawner.latest.print("Event 'change' on source-output #1");
    m.timers.advance(150);
    await settle();
    expect(m.runner.calls).toEqual([LIST, SOURCES, OUTPUTS, LIST, OUTPUTS, LIST, OUTPUTS]);
    expect(m.changes()).toBe(before);
  });

  it('a listing overtaken by an event is not kept: it lists again', async () => {
    const m = microphone();
    await listening(m);
    m.spawner.latest.print("Event 'new' on source-output #1");
    m.timers.advance(150); // the listing starts (still quiet) …
    m.setRecording(true);
    m.spawner.latest.print("Event 'change' on source-output #1"); // … and the stream changes meanwhile
    await settle();
    await settle();
    expect(m.runner.calls.filter((c) => c === LIST)).toHaveLength(4);
    expect(await read(m.probe)).toEqual(IN_CALL);
  });

  it('a reading between an event and its listing asks now, and that listing serves the burst', async () => {
    const m = microphone();
    await listening(m);
    m.setRecording(true);
    m.spawner.latest.print("Event 'new' on source-output #1");
    expect(await read(m.probe)).toEqual(IN_CALL); // not the old news
    m.timers.advance(1_000);
    await settle();
    expect(m.runner.calls).toEqual([LIST, LIST, LIST, SOURCES, OUTPUTS]);
  });

  it('never counts its own recording streams', async () => {
    const m = microphone({ pids: [], names: ['ZOOM'] });
    m.setRecording(true);
    await listening(m);
    expect(await read(m.probe)).toEqual(QUIET);
  });

  it('without pactl subscribe (missing, or dead and waiting), lists at every reading as before', async () => {
    const m = microphone();
    m.spawner.failing = 'is not installed';
    m.watch();
    m.setRecording(true);
    expect(await read(m.probe)).toEqual(IN_CALL);
    expect(await read(m.probe)).toEqual(IN_CALL);
    expect(await read(m.probe)).toEqual(IN_CALL);
    expect(m.runner.calls).toEqual([LIST, SOURCES, OUTPUTS, LIST, OUTPUTS, LIST, OUTPUTS]);
    expect(m.spawner.started).toHaveLength(1); // tried once; the next try waits
    m.spawner.failing = null;
    m.timers.advance(5_000 + 500); // started again, and listening
    await settle();
    const calls = m.runner.calls.length;
    expect(await read(m.probe)).toEqual(IN_CALL);
    expect(m.runner.calls).toHaveLength(calls);

    const before = m.changes();
    m.spawner.latest.die('exited (code 1): Connection failure: Connection terminated');
    expect(m.changes()).toBe(before + 1); // what it said may be out of date now
    m.setRecording(false);
    expect(await read(m.probe)).toEqual(QUIET);
    expect(m.runner.calls).toHaveLength(calls + 1);
  });

  it('before it listens (its first moments), readings list directly', async () => {
    const m = microphone();
    m.watch();
    expect(await read(m.probe)).toEqual(QUIET);
    expect(await read(m.probe)).toEqual(QUIET);
    expect(m.runner.calls).toEqual([LIST, LIST]);
    expect(m.spawner.started).toHaveLength(1);
  });

  it('after dispose: pactl subscribe is killed, late events do nothing, the source hears nothing', async () => {
    const m = microphone();
    await listening(m);
    const helper = m.spawner.latest;
    const before = m.changes();
    m.probe.dispose?.();
    expect(helper.killed).toBe(true);
    m.setRecording(true);
    helper.print("Event 'new' on source-output #1");
    helper.die();
    m.timers.advance(10 * 60_000);
    await settle();
    expect(m.runner.calls).toEqual([LIST, LIST]);
    expect(m.spawner.started).toHaveLength(1);
    expect(m.changes()).toBe(before);
  });
});

function dnd(kind: 'gnome' | 'kde', answers: Parameters<typeof scripted>[0]) {
  const runner = scripted(answers);
  const spawner = new FakeSpawner();
  const timers = new ManualTimers();
  const make = kind === 'gnome' ? gnomeDndProbe : kdeDndProbe;
  const probe = make({ env: {}, run: runner.run, spawn: spawner.spawn, timers });
  let changes = 0;
  probe.watch?.(() => changes++);
  return { probe, runner, spawner, timers, changes: () => changes };
}

/** The source's first reading (a direct one, which starts the watcher), then the watcher listening. */
async function firstReading(d: ReturnType<typeof dnd>, settleMs = 500) {
  const findings = await read(d.probe);
  d.timers.advance(settleMs);
  await settle();
  return findings;
}

const GET = 'gsettings get org.gnome.desktop.notifications show-banners';
const DND_ON = [['dnd', true, 'do not disturb is on']];
const DND_OFF = [['dnd', false, null]];

describe('GNOME do-not-disturb, watching gsettings monitor', () => {
  it('asks once, then takes each flip from the monitor without a process', async () => {
    const d = dnd('gnome', { [GET]: ok('true\n') });
    expect(await firstReading(d)).toEqual(DND_OFF);
    expect(d.spawner.latest.command).toBe('gsettings monitor org.gnome.desktop.notifications show-banners');
    expect(await read(d.probe)).toEqual(DND_OFF);
    const [off, on] = lines('gsettings-monitor.txt');
    d.spawner.latest.print(off ?? '');
    expect(d.changes()).toBe(1);
    expect(await read(d.probe)).toEqual(DND_ON);
    d.spawner.latest.print(on ?? '');
    expect(d.changes()).toBe(2);
    expect(await read(d.probe)).toEqual(DND_OFF);
    expect(d.runner.calls).toEqual([GET, GET]);
  });

  it('where the monitor cannot run (no schema), reads dconf at every sample as before', async () => {
    const d = dnd('gnome', {
      [GET]: { code: 1, stdout: '', stderr: 'No such schema “org.gnome.desktop.notifications”\n' },
      'dconf read /org/gnome/desktop/notifications/show-banners': ok('false\n'),
    });
    expect(await read(d.probe)).toEqual(DND_ON);
    d.spawner.latest.die('exited (code 1): No such schema “org.gnome.desktop.notifications”');
    expect(await read(d.probe)).toEqual(DND_ON);
    expect(await read(d.probe)).toEqual(DND_ON);
    expect(d.runner.calls).toHaveLength(6);
  });
});

describe('KDE do-not-disturb, watching the notification server', () => {
  const GET_INHIBITED =
    'dbus-send --session --print-reply --reply-timeout=1000 --dest=org.freedesktop.Notifications /org/freedesktop/Notifications org.freedesktop.DBus.Properties.Get string:org.freedesktop.Notifications string:Inhibited';
  const reply = (v: boolean) => ok(`method return sender=:1.23 serial=9\n   variant       boolean ${v}\n`);

  it('takes Inhibited from PropertiesChanged, and asks again when the server comes or goes', async () => {
    let inhibited = false;
    const d = dnd('kde', { [GET_INHIBITED]: () => reply(inhibited) });
    expect(await firstReading(d, 0)).toEqual(DND_OFF);
    expect(d.spawner.latest.command).toBe(
      'gdbus monitor --session --dest org.freedesktop.Notifications --object-path /org/freedesktop/Notifications',
    );
    const [header, owned, closed, inhibitedOn, inhibitedOff, gone] = lines('gdbus-monitor-notifications.txt');
    d.spawner.latest.print(header ?? '', owned ?? '', closed ?? '');
    d.timers.advance(150);
    await settle();
    expect(await read(d.probe)).toEqual(DND_OFF);
    const asked = d.runner.calls.length;
    d.spawner.latest.print(inhibitedOn ?? '');
    expect(await read(d.probe)).toEqual(DND_ON);
    d.spawner.latest.print(inhibitedOff ?? '');
    expect(await read(d.probe)).toEqual(DND_OFF);
    expect(d.runner.calls).toHaveLength(asked);
    inhibited = true; // a new server, already inhibited
    d.spawner.latest.print(gone ?? '', owned ?? '');
    d.timers.advance(150);
    await settle();
    expect(d.runner.calls).toHaveLength(asked + 1);
    expect(await read(d.probe)).toEqual(DND_ON);
  });
});
