import type { Cue } from '@electron/session/common/session';
import { chooseStamp, planTones, STALE_MS } from './audio-clock';
import { audioEngine, audioHeartbeat, suspendAudio } from './audio-engine';
import { SpokenCues, type VoiceChoice } from './audio-speech';

/**
 * Soft tones (Web Audio) and spoken cues (Web Speech). Each can be off; with both off nothing makes
 * a sound. Tones are short sine blips with a gentle envelope, never a beep.
 */
type ToneName = Extract<Cue, { kind: 'tone' }>['tone'];
const TONES: Record<ToneName, { freq: number; ms: number }> = {
  start: { freq: 660, ms: 220 },
  half: { freq: 520, ms: 160 },
  tick: { freq: 880, ms: 90 },
  done: { freq: 784, ms: 420 },
};

interface ScheduledTone {
  at: number;
  osc: OscillatorNode;
  gain: GainNode;
  /** Audio-clock seconds. */
  startsAt: number;
  endsAt: number;
}

export class CuePlayer {
  /**
   * Tones handed to the audio clock and not cancelled, by cue key; kept until the cue is too old
   * to be planned again, so a tone scheduled ahead never sounds a second time when it falls due.
   */
  private readonly pending = new Map<string, ScheduledTone>();
  private readonly speech: SpokenCues;

  constructor(private readonly options: { tones: () => boolean; voice: () => boolean; voiceChoice?: () => VoiceChoice }) {
    this.speech = new SpokenCues(options.voiceChoice);
  }

  /**
   * Cues due at or before `perfNow` that were not played yet sound (or are said) at once; later
   * ones go onto the audio clock for their exact moment, so they are on time even when the
   * window is hidden and its timers run up to a second late.
   */
  play(cues: readonly Cue[], perfNow: number): void {
    const tones = this.options.tones() ? cues.flatMap((cue) => (cue.kind === 'tone' ? [cue] : [])) : [];
    const lines = this.options.voice() ? cues.flatMap((cue) => (cue.kind === 'speak' ? [cue] : [])) : [];
    if (tones.length === 0 && lines.length === 0) return;
    const ctx = audioEngine();
    this.speech.play(lines, perfNow, ctx);
    if (!ctx || tones.length === 0) return;
    try {
      this.forgetOlderThan(perfNow - STALE_MS);
      const stamp = chooseStamp(ctx.getOutputTimestamp?.() ?? null, ctx.currentTime, perfNow);
      for (const planned of planTones(tones, stamp, perfNow, ctx.currentTime, new Set(this.pending.keys()))) {
        this.pending.set(planned.key, { at: planned.at, ...this.tone(ctx, planned.tone, planned.when) });
      }
    } catch {
      // The audio device went away: the session goes on silently.
    }
  }

  /**
   * Calls `wake` every `everyMs` from the audio clock while cues can sound, so the session looks
   * ahead on time even when a hidden window's timers stall (for 30 s and more once it has been
   * hidden a minute). Returns the function that stops it; with tones and voice off, nothing runs.
   */
  keepAwake(everyMs: number, wake: () => void): () => void {
    const ctx = this.options.tones() || this.options.voice() ? audioEngine() : null;
    if (!ctx) return () => {};
    try {
      return audioHeartbeat(ctx, everyMs, wake);
    } catch {
      return () => {}; // The audio device went away: the timer alone drives the session.
    }
  }

  /** Silence every tone and line scheduled ahead (the user paused, skipped or ended) and stop speaking. */
  cancel(): void {
    for (const tone of this.pending.values()) stopTone(tone);
    this.pending.clear();
    this.speech.cancel(true);
  }

  /**
   * The session is over (or paused): nothing more is scheduled, what is sounding now ends as it
   * would (the last tone, "Well done"), and then the audio engine sleeps.
   */
  release(): void {
    this.speech.cancel(false);
    let lastEnd = 0;
    for (const [key, tone] of this.pending) {
      const started = tone.startsAt <= tone.osc.context.currentTime;
      if (started) lastEnd = Math.max(lastEnd, tone.endsAt);
      else {
        stopTone(tone);
        this.pending.delete(key);
      }
    }
    suspendAudio(lastEnd);
  }

  private forgetOlderThan(perfTime: number): void {
    for (const [key, node] of this.pending) if (node.at < perfTime) this.pending.delete(key);
  }

  private tone(ctx: AudioContext, name: ToneName, when: number) {
    const { freq, ms } = TONES[name];
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0, when);
    gain.gain.linearRampToValueAtTime(0.12, when + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, when + ms / 1000);
    osc.connect(gain).connect(ctx.destination);
    const endsAt = when + ms / 1000 + 0.05;
    osc.start(when);
    osc.stop(endsAt);
    return { osc, gain, startsAt: when, endsAt };
  }
}

function stopTone({ osc, gain }: ScheduledTone): void {
  try {
    gain.disconnect();
    osc.stop();
  } catch {
    // Already stopped.
  }
}
