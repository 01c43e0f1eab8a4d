// The X11 full-screen probe against a stand-in X server (tests/support/fake-x-server.ts): it answers
// from memory once it knows, announces only a changed answer, follows focus from window to window,
// survives a window closing mid-read, and turns unknown (never a crash) when the server dies or goes
// silent, connecting again only as often as its backoff allows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import type { PresenceProbe } from '../../../../electron/ports/presence';
import { linuxFullscreenProbe, type LinuxFullscreenOptions } from '../../../../electron/presence/adapters/linux-fullscreen';
import { openX11 } from '../../../../electron/presence/adapters/x11/open';
import { setFailureLog } from '../../../../electron/base/common/os-failure';
import { FakeXServer } from '../../../support/fake-x-server';

let server: FakeXServer;
let changes: number;
let clock: number;
const probes: PresenceProbe[] = [];

/** The raw details os-failure.ts keeps out of sentences and writes to the diagnostics log. */
let failureLog: string[] = [];
beforeEach(() => {
  failureLog = [];
  setFailureLog((line) => failureLog.push(line));
});
afterEach(() => setFailureLog(() => {}));
beforeEach(async () => {
  server = await new FakeXServer().start();
  changes = 0;
  clock = 0;
});
afterEach(async () => {
  for (const probe of probes.splice(0)) probe.dispose?.();
  await server.dispose();
});

function watchingProbe(options: Partial<LinuxFullscreenOptions> = {}): PresenceProbe {
  const probe = linuxFullscreenProbe({
    env: { DISPLAY: server.display, HOME: server.dir },
    now: () => clock,
    ...options,
  });
  probe.watch?.(() => changes++);
  probes.push(probe);
  return probe;
}

const read = async (probe: PresenceProbe, signal = new AbortController().signal) =>
  (await probe.read({ signal, switches: DEFAULT_PRESENCE_SWITCHES })).map((f) => [f.value, f.reason]);

/** Waits until the probe has announced `count` changes in all (fails after a second). */
async function changed(count: number): Promise<void> {
  for (let waited = 0; changes < count; waited += 5) {
    if (waited > 1_000) throw new Error(`expected ${count} changes, saw ${changes}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Lets every message in flight arrive and be handled. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('X11 full-screen probe', () => {
  it('answers from what it has seen: the first reading asks, the next ones cost no request', async () => {
    const firefox = server.createWindow('Firefox');
    server.setActiveWindow(firefox);
    server.setWindowState(firefox, ['_NET_WM_STATE_FULLSCREEN']);
    const probe = watchingProbe();
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (Firefox)']]);
    const asked = server.requests.length;
    expect(server.requests).toContain('GetProperty');
    for (let i = 0; i < 5; i++) expect(await read(probe)).toEqual([[true, 'full-screen window in front (Firefox)']]);
    expect(server.requests.length).toBe(asked);
    expect(changes).toBe(0); // the first answer was read, not news
  });

  it('is unknown while no window manager publishes the active window, and false with nothing in front', async () => {
    const probe = watchingProbe();
    expect(await read(probe)).toEqual([
      [null, 'the window manager does not publish the active window (_NET_ACTIVE_WINDOW)'],
    ]);
    server.setActiveWindow(0);
    await changed(1);
    expect(await read(probe)).toEqual([[false, null]]);
  });

  it('announces going full screen, leaving it and losing focus, and nothing that leaves the answer alone', async () => {
    const slides = server.createWindow('Impress');
    const mail = server.createWindow('Thunderbird');
    server.setActiveWindow(slides);
    const probe = watchingProbe();
    expect(await read(probe)).toEqual([[false, null]]);

    server.setWindowState(slides, ['_NET_WM_STATE_ABOVE']); // kept on top is not full screen
    server.setProperty(slides, '_NET_WM_NAME', 'STRING', 8, Buffer.from('Slide 2 of 9'));
    await settle();
    expect(changes).toBe(0);

    server.setWindowState(slides, ['_NET_WM_STATE_ABOVE', '_NET_WM_STATE_FULLSCREEN']);
    await changed(1);
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (Impress)']]);

    server.setActiveWindow(mail);
    await changed(2);
    expect(await read(probe)).toEqual([[false, null]]);

    // The window let go of is no longer heard: its changes do not even reach us.
    expect([server.isHeard(slides), server.isHeard(mail), server.isHeard(server.root)]).toEqual([false, true, true]);
    const before = server.requests.length;
    server.setWindowState(slides, []);
    server.setWindowState(slides, ['_NET_WM_STATE_FULLSCREEN']);
    await settle();
    expect(server.requests.length).toBe(before);
    expect(changes).toBe(2);

    server.setActiveWindow(slides);
    await changed(3);
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (Impress)']]);
    server.setWindowState(slides, []);
    await changed(4);
    expect(await read(probe)).toEqual([[false, null]]);
  });

  it('reads once more for a burst of changes, not once per change', async () => {
    const video = server.createWindow('mpv');
    server.setActiveWindow(video);
    const probe = watchingProbe();
    await read(probe);
    const before = server.requests.filter((r) => r === 'GetProperty').length;
    for (let i = 0; i < 20; i++) server.setWindowState(video, i % 2 ? [] : ['_NET_WM_STATE_FULLSCREEN']);
    server.setWindowState(video, ['_NET_WM_STATE_FULLSCREEN']);
    await changed(1);
    await settle();
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (mpv)']]);
    // Each reading is three GetProperty requests; 21 changes made at most two readings.
    expect(server.requests.filter((r) => r === 'GetProperty').length - before).toBeLessThanOrEqual(6);
  });

  it('takes a window that closed mid-read as nothing in front, and reads again when focus moves on', async () => {
    const dialog = server.createWindow('Zenity');
    const editor = server.createWindow('Code');
    server.setWindowState(editor, ['_NET_WM_STATE_FULLSCREEN']);
    server.setActiveWindow(editor);
    const probe = watchingProbe();
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (Code)']]);
    server.destroyWindow(dialog);
    server.setActiveWindow(dialog); // the window manager names a window that is already gone
    await changed(1);
    expect(await read(probe)).toEqual([[false, null]]);
    server.setActiveWindow(editor);
    await changed(2);
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (Code)']]);
  });

  it('turns unknown when the server dies, and connects again only as often as the backoff allows', async () => {
    const film = server.createWindow('Totem');
    server.setWindowState(film, ['_NET_WM_STATE_FULLSCREEN']);
    server.setActiveWindow(film);
    const probe = watchingProbe();
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (Totem)']]);

    await server.kill();
    await changed(1);
    await expect(read(probe)).rejects.toThrow(
      `lost the X display ${server.display}: the connection was lost; trying again in 1 s`,
    );
    // The X server's own words are for the log, not the sentence.
    expect(failureLog.join('\n')).toContain('the X server closed the connection');
    clock += 1_000;
    await expect(read(probe)).rejects.toThrow(/^cannot reach the X display .*\(a file or program it needs is not there\)/);
    clock += 1_000;
    await expect(read(probe)).rejects.toThrow(/\(a file or program it needs is not there\); trying again in 1 s$/); // 2 s after it
    expect(failureLog.join('\n')).toContain('ENOENT');
    clock += 1_000;
    await expect(read(probe)).rejects.toThrow(/^cannot reach the X display/);
    await expect(read(probe)).rejects.toThrow(/trying again in 4 s$/);

    await server.start();
    clock += 4_000;
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (Totem)']]);
    expect(changes).toBe(2); // from unknown back to an answer is news too
    server.setWindowState(film, []);
    await changed(3);
    expect(await read(probe)).toEqual([[false, null]]);
  });

  it('turns unknown when the server stops answering', async () => {
    const probe = watchingProbe({ open: (env) => openX11(env, { replyTimeoutMs: 100 }) });
    server.setActiveWindow(0);
    expect(await read(probe)).toEqual([[false, null]]);
    server.stalled = true;
    server.setActiveWindow(server.createWindow('Stuck'));
    await changed(1);
    await expect(read(probe)).rejects.toThrow(': no answer came in time; trying again in 1 s');
    expect(failureLog.join('\n')).toContain('the X server did not answer within 0.1 s');
  });

  it('tells the news later when a reading gave up waiting for the first answer', async () => {
    let letThrough = (): void => undefined;
    const gate = new Promise<void>((resolve) => (letThrough = resolve));
    const probe = watchingProbe({ open: async (env) => (await gate, openX11(env)) });
    server.setActiveWindow(0);
    const timeBox = new AbortController();
    const first = read(probe, timeBox.signal);
    timeBox.abort();
    await expect(first).rejects.toThrow('the reading was called off');
    letThrough();
    await changed(1);
    expect(await read(probe)).toEqual([[false, null]]);
  });

  it('lets go of the connection when disposed, and says it has stopped', async () => {
    const probe = watchingProbe();
    server.setActiveWindow(0);
    await read(probe);
    probe.dispose?.();
    await expect(read(probe)).rejects.toThrow('stopped');
    await server.kill();
    await settle();
    expect(changes).toBe(0);
  });

  it('one event announcing a huge length does not blind it: unknown at once, then it connects again and sees', async () => {
    const film = server.createWindow('Totem');
    server.setActiveWindow(film);
    const probe = watchingProbe();
    expect(await read(probe)).toEqual([[false, null]]);
    const huge = Buffer.alloc(32);
    huge.writeUInt8(35, 0); // a generic event …
    huge.writeUInt32LE(0xffff_ffff, 4); // … of 16 GiB
    server.sendRaw(huge);
    await changed(1);
    await expect(read(probe)).rejects.toThrow(/the connection was lost; trying again in 1 s/);
    expect(failureLog.join('\n')).toMatch(/announced a message of \d+ bytes/);
    server.setWindowState(film, ['_NET_WM_STATE_FULLSCREEN']);
    clock += 1_000;
    expect(await read(probe)).toEqual([[true, 'full-screen window in front (Totem)']]);
  });

  it('checks a quiet connection now and then, and drops a server that keeps it open but answers nothing', async () => {
    const probe = watchingProbe({ open: (env) => openX11(env, { replyTimeoutMs: 100 }) });
    server.setActiveWindow(0);
    expect(await read(probe)).toEqual([[false, null]]);
    const asked = server.requests.length;
    clock += 29_000;
    expect(await read(probe)).toEqual([[false, null]]);
    expect(server.requests.length).toBe(asked); // a reading from memory costs nothing …
    server.stalled = true;
    clock += 1_000;
    expect(await read(probe)).toEqual([[false, null]]); // … until a check is due: one round trip
    await expect.poll(() => server.requests.length).toBe(asked + 1);
    await changed(1); // no answer within the reply timeout: the connection is dropped
    await expect(read(probe)).rejects.toThrow('no answer came in time');
    server.stalled = false;
    clock += 1_000;
    expect(await read(probe)).toEqual([[false, null]]);
  });
});
