// The microphone probe against a real, private PulseAudio: a null source stands in for a headset
// microphone and a null sink for the speakers; real `parecord` processes record from them. The
// probe runs through the same chain the app uses (choosePresenceProbes → createCachedPresenceSource).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../electron/core/presence/cached-source';
import type { PresenceSource } from '../../electron/core/presence/port';
import { choosePresenceProbes } from '../../electron/presence/choose';
import { ProcessGroup } from './desktop-session';
import { MICROPHONE, SPEAKERS, startPulse, startRecording } from './presence-desktop';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let env: NodeJS.ProcessEnv;
let source: PresenceSource;
const log: string[] = [];

const record = (name: string, device: string) => startRecording(group, env, name, device);

async function stop(recorder: Awaited<ReturnType<typeof record>>): Promise<void> {
  const exited = new Promise((r) => recorder.child.once('exit', r));
  recorder.child.kill('SIGTERM');
  await exited;
}

describe.runIf(process.platform === 'linux')('microphone in use, from a real PulseAudio', () => {
  beforeAll(async () => {
    env = await startPulse(group);
    source = createCachedPresenceSource(choosePresenceProbes('linux', env), {
      switches: () => ({ microphone: true, camera: false, fullscreen: false, dnd: false, meetingApps: [] }),
      log: (m) => log.push(m),
      timeoutMs: 5_000, // a loaded CI machine; the app keeps the 1.5 s default
    });
  }, 20_000);

  afterAll(async () => {
    source?.dispose();
    await group.stopAll();
  });

  it('is not in a call while nothing records', async () => {
    expect(await source.refresh()).toEqual({ inCall: false, presenting: null, dnd: null, reason: null });
    expect(log).toEqual([]);
  });

  it('is in a call while an app records from the microphone, and not after it stops', async () => {
    const call = await record('limber-test-call', MICROPHONE);
    expect(await source.refresh()).toMatchObject({ inCall: true, reason: 'microphone in use by limber-test-call' });
    await stop(call);
    expect((await source.refresh()).inCall).toBe(false);
  });

  it('does not count a recording of the speakers (a sink monitor), which is screen capture, not a call', async () => {
    const capture = await record('limber-test-screencast', `${SPEAKERS}.monitor`);
    expect((await source.refresh()).inCall).toBe(false);
    const call = await record('limber-test-call', MICROPHONE);
    expect((await source.refresh()).reason).toBe('microphone in use by limber-test-call');
    await stop(call);
    await stop(capture);
    expect(log).toEqual([]);
  });

  it('says unknown, with pactl’s words, once the sound server is gone', async () => {
    const gone = createCachedPresenceSource(
      choosePresenceProbes('linux', { ...env, PULSE_SERVER: `unix:${join(group.dir, 'no-such-socket')}` }),
      {
        switches: () => ({ microphone: true, camera: false, fullscreen: false, dnd: false, meetingApps: [] }),
        log: (m) => log.push(m),
        timeoutMs: 5_000,
      },
    );
    const reading = await gone.refresh();
    gone.dispose();
    expect(reading.inCall).toBeNull();
    expect(reading.reason).toMatch(
      /^PulseAudio\/PipeWire recording streams: pactl list source-outputs: Connection failure/,
    );
    expect(log).toHaveLength(1);
  });
});
