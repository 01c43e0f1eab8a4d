// The microphone probe against a real, private PulseAudio: a null source stands in for a headset
// microphone and a null sink for the speakers; real `parecord` processes record from them. The
// probe runs through the same chain the app uses (choosePresenceProbes → createCachedPresenceSource),
// with the real runner and spawner counted: the source must hear of a call from the probe's
// `pactl subscribe` within seconds, and readings in between must start no process at all.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../electron/presence/node/cached-source';
import type { PresenceSource } from '../../electron/ports/presence';
import { choosePresenceProbes } from '../../electron/presence/adapters/choose';
import { ProcessGroup, waitFor } from './desktop-session';
import { countingSpawns, MICROPHONE, SPEAKERS, startPulse, startRecording, type SpawnCounts } from './presence-desktop';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let env: NodeJS.ProcessEnv;
let source: PresenceSource;
let counts: SpawnCounts;
let told = 0;
const log: string[] = [];
const MIC_ONLY = { microphone: true, camera: false, fullscreen: false, dnd: false, meetingApps: [] };
const LIST = 'pactl list source-outputs';
/** The issue's "held from its first seconds": the source hears this soon after a recorder starts or stops. */
const TOLD_WITHIN_MS = 2_000;

const record = (name: string, device: string) => startRecording(group, env, name, device);

async function stop(recorder: Awaited<ReturnType<typeof record>>): Promise<void> {
  const exited = new Promise((r) => recorder.child.once('exit', r));
  recorder.child.kill('SIGTERM');
  await exited;
}

/** Runs `change` and resolves how long after its start the source was told (fails after 5 s). */
async function toldAfter(change: () => Promise<unknown>): Promise<number> {
  const before = told;
  const started = performance.now();
  await change();
  await expect.poll(() => told, { timeout: 5_000, interval: 20 }).toBeGreaterThan(before);
  return performance.now() - started;
}

const lists = () => counts.oneShots.filter((c) => c === LIST).length;

describe.runIf(process.platform === 'linux')('microphone in use, from a real PulseAudio', () => {
  beforeAll(async () => {
    env = await startPulse(group);
    counts = countingSpawns();
    source = createCachedPresenceSource(choosePresenceProbes('linux', env, { run: counts.run, spawn: counts.spawn }), {
      switches: () => MIC_ONLY,
      log: (m) => log.push(m),
      timeoutMs: 5_000, // a loaded CI machine; the app keeps the 1.5 s default
    });
    source.subscribe(() => told++);
    await source.refresh(); // the app's first sample, before the watcher listens: one listing
    // Listening once `pactl subscribe` has settled and listed the streams itself.
    await waitFor('pactl subscribe to listen and list the streams', () => (lists() >= 2 ? true : undefined), 10_000);
  }, 20_000);

  afterAll(async () => {
    source?.dispose();
    await group.stopAll();
  });

  it('is not in a call while nothing records, and watches with one pactl subscribe', async () => {
    expect(await source.refresh()).toEqual({ inCall: false, presenting: null, dnd: null, reason: null });
    expect(counts.watchers).toEqual(['pactl subscribe']);
    expect(log).toEqual([]);
  });

  it('tells the source within 2 s when a call starts and when it ends; readings in between start no process', async () => {
    let call: Awaited<ReturnType<typeof record>> | undefined;
    expect(await toldAfter(async () => (call = await record('limber-test-call', MICROPHONE)))).toBeLessThan(
      TOLD_WITHIN_MS,
    );
    expect(await source.refresh()).toMatchObject({ inCall: true, reason: 'microphone in use by limber-test-call' });

    const steady = counts.total();
    for (let i = 0; i < 10; i++) expect((await source.refresh()).inCall).toBe(true);
    expect(counts.total()).toBe(steady);

    expect(await toldAfter(() => stop(call!))).toBeLessThan(TOLD_WITHIN_MS);
    expect((await source.refresh()).inCall).toBe(false);
    expect(counts.watchers).toEqual(['pactl subscribe']);
  });

  it('does not count a recording of the speakers (a sink monitor), which is screen capture, not a call', async () => {
    const listed = lists();
    const capture = await record('limber-test-screencast', `${SPEAKERS}.monitor`);
    await expect.poll(lists, { timeout: 5_000 }).toBeGreaterThan(listed); // the watcher looked at it
    expect((await source.refresh()).inCall).toBe(false);
    let call: Awaited<ReturnType<typeof record>> | undefined;
    await toldAfter(async () => (call = await record('limber-test-call', MICROPHONE)));
    expect((await source.refresh()).reason).toBe('microphone in use by limber-test-call');
    await stop(call!);
    await stop(capture);
    expect(log).toEqual([]);
  });

  it('says unknown, in plain words, once the sound server is gone', async () => {
    const gone = createCachedPresenceSource(
      choosePresenceProbes('linux', { ...env, PULSE_SERVER: `unix:${join(group.dir, 'no-such-socket')}` }),
      { switches: () => MIC_ONLY, log: (m) => log.push(m), timeoutMs: 5_000 },
    );
    const reading = await gone.refresh();
    gone.dispose();
    expect(reading.inCall).toBeNull();
    expect(reading.reason).toMatch(
      /^PulseAudio\/PipeWire recording streams: no sound server \(PulseAudio or PipeWire\) is answering; its own explanation is in Limber's log$/,
    );
    expect(log).toHaveLength(1);
  });
});
