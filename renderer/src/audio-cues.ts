import type { Cue } from '@core/session/session';

/**
 * Soft tones (Web Audio) and spoken cues (Web Speech). Each can be off; with both off nothing makes
 * a sound. Tones are short sine blips with a gentle envelope, never a beep.
 */
const TONES: Record<Extract<Cue, { kind: 'tone' }>['tone'], { freq: number; ms: number }> = {
  start: { freq: 660, ms: 220 },
  half: { freq: 520, ms: 160 },
  tick: { freq: 880, ms: 90 },
  done: { freq: 784, ms: 420 },
};

export class CuePlayer {
  private context: AudioContext | null = null;

  constructor(private readonly options: { tones: () => boolean; voice: () => boolean }) {}

  play(cue: Cue): void {
    if (cue.kind === 'tone' && this.options.tones()) this.tone(cue.tone);
    if (cue.kind === 'speak' && this.options.voice()) this.speak(cue.text);
  }

  stop(): void {
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }

  private tone(name: keyof typeof TONES): void {
    try {
      this.context ??= new AudioContext();
      const { freq, ms } = TONES[name];
      const ctx = this.context;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const t = ctx.currentTime;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(0.12, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + ms / 1000);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + ms / 1000 + 0.05);
    } catch {
      // No audio device: the session works silently.
    }
  }

  private speak(text: string): void {
    if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 0.95;
    speechSynthesis.speak(utterance);
  }
}
