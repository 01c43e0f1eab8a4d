import type { Cue } from '@core/session/session';
import { chooseStamp, planTones, STALE_MS } from './audio-clock';

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

/**
 * One audio engine for the app's whole life. The main window is hidden, not destroyed, so a
 * context per session would pile up and keep running; this one is suspended between sessions.
 */
let shared: AudioContext | null = null;

function audioContext(): AudioContext {
  shared ??= new AudioContext({ latencyHint: 'playback' });
  if (shared.state === 'suspended') void shared.resume().catch(() => {});
  return shared;
}

/** Let the audio engine sleep (no session is running). */
export function suspendAudio(): void {
  if (shared && shared.state === 'running') void shared.suspend().catch(() => {});
}

export class CuePlayer {
  /**
   * Tones handed to the audio clock and not cancelled, by cue key; kept until the cue is too old
   * to be planned again, so a tone scheduled ahead never sounds a second time when it falls due.
   */
  private readonly pending = new Map<string, { at: number; osc: OscillatorNode; gain: GainNode }>();

  constructor(private readonly options: { tones: () => boolean; voice: () => boolean }) {}

  /**
   * Tones due at or before `perfNow` that were not scheduled yet sound at once; later ones are
   * scheduled on the audio clock for their exact moment. Speech is said when handed out.
   */
  play(cues: readonly Cue[], perfNow: number): void {
    for (const cue of cues) if (cue.kind === 'speak' && this.options.voice()) this.speak(cue.text);
    const tones = cues.flatMap((cue) => (cue.kind === 'tone' ? [cue] : []));
    if (tones.length === 0 || !this.options.tones()) return;
    try {
      const ctx = audioContext();
      this.forgetOlderThan(perfNow - STALE_MS);
      const stamp = chooseStamp(ctx.getOutputTimestamp?.() ?? null, ctx.currentTime, perfNow);
      for (const planned of planTones(tones, stamp, perfNow, ctx.currentTime, new Set(this.pending.keys()))) {
        this.pending.set(planned.key, { at: planned.at, ...this.tone(ctx, planned.tone, planned.when) });
      }
    } catch {
      // No audio device: the session works silently.
    }
  }

  /** Silence every tone scheduled ahead (the user paused, skipped or ended) and stop speaking. */
  cancel(): void {
    for (const { osc, gain } of this.pending.values()) {
      try {
        gain.disconnect();
        osc.stop();
      } catch {
        // Already stopped.
      }
    }
    this.pending.clear();
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }

  /** The session is over: nothing more sounds, and the audio engine sleeps. */
  release(): void {
    this.cancel();
    suspendAudio();
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
    return { osc, gain };
  }

  private speak(text: string): void {
    if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 0.95;
    speechSynthesis.speak(utterance);
  }
}
