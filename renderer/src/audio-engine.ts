/**
 * One audio engine for the app's whole life. The main window is hidden, not destroyed, so a
 * context per session would pile up and keep running; this one sleeps (is suspended) between
 * sessions. Its clock times the cues: tones are scheduled on it, and spoken cues are said from its
 * events (audio-speech.ts).
 */
let shared: AudioContext | null = null;
/** Bumped whenever the engine is woken, so a sleep asked for earlier cannot stop a newer session. */
let generation = 0;
/** The last resume asked for; until it settles the engine still reads 'suspended'. */
let resuming: Promise<void> = Promise.resolve();

/** The running engine, made on first use; null when the platform has no audio. */
export function audioEngine(): AudioContext | null {
  try {
    shared ??= new AudioContext({ latencyHint: 'playback' });
  } catch {
    return null; // No audio device: sessions run silently, speech is said on the tick.
  }
  generation++;
  if (shared.state === 'suspended') resuming = shared.resume().catch(() => {});
  return shared;
}

/**
 * Let the engine sleep once the audio clock reaches `after` (seconds; now when omitted), so a
 * tone already sounding (the session's last) is not cut off. Skipped if a session woke the engine
 * again meanwhile.
 */
export function suspendAudio(after = 0): void {
  const ctx = shared;
  if (!ctx) return;
  const asked = generation;
  const sleep = () => {
    if (asked === generation && ctx.state === 'running') void ctx.suspend().catch(() => {});
  };
  // A session that ends moments after it began may still be resuming the engine: wait for that,
  // else the engine would read 'suspended' now and then run on with nothing to play.
  void resuming.then(() => {
    if (asked !== generation) return;
    if (after <= ctx.currentTime) sleep();
    else atAudioTime(ctx, after, sleep);
  });
}

/**
 * Calls `fn` when `ctx`'s clock reaches `when` (seconds): a silent source stopping then, whose
 * `ended` event the audio thread sends. Unlike a timer's, it is not held back in a hidden window
 * (Chromium runs a hidden page's timers about once a second, after a minute or so once in 30–60 s).
 * The returned function cancels it; `fn` is then not called.
 */
export function atAudioTime(ctx: AudioContext, when: number, fn: () => void): () => void {
  let cancelled = false;
  const marker = ctx.createConstantSource();
  marker.offset.value = 0;
  marker.connect(ctx.destination);
  marker.onended = () => {
    marker.disconnect();
    if (!cancelled) fn();
  };
  marker.start();
  marker.stop(when);
  return () => {
    cancelled = true;
    try {
      marker.stop();
    } catch {
      // Already ended.
    }
  };
}

/** Calls `wake` every `everyMs` on the audio clock until the returned function stops it. */
export function audioHeartbeat(ctx: AudioContext, everyMs: number, wake: () => void): () => void {
  let cancel = () => {};
  let stopped = false;
  const arm = () => {
    cancel = atAudioTime(ctx, ctx.currentTime + everyMs / 1000, () => {
      if (stopped) return;
      arm();
      wake();
    });
  };
  arm();
  return () => {
    stopped = true;
    cancel();
  };
}
