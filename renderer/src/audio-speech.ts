import { chooseStamp, planSpeech, STALE_MS, type SpeechLine } from './audio-clock';
import { activeFormattingTag } from '@electron/i18n/common/translate';
import { atAudioTime } from './audio-engine';
import { chooseVoice } from './voice-availability';

/** A moment of speech handed to the audio clock, and how to call it off. */
interface Trigger {
  at: number;
  cancel: () => void;
}

/**
 * Spoken cues (Web Speech), said on time even in a hidden window. Each moment's lines are handed
 * ahead to the audio clock (atAudioTime: an event from the audio thread, which a hidden window does
 * not hold back as it does its timers). A tick that finds a line due before the event says it
 * instead; either way a line is said once.
 */
/** How lines are spoken: the rate and the chosen system voice (by name; '' for the default). */
export interface VoiceChoice {
  rate: number;
  name: string;
}

export class SpokenCues {
  constructor(private readonly choice: () => VoiceChoice = () => ({ rate: 0.95, name: '' })) {}

  /** Keys of lines said, kept until too old to be planned again. */
  private readonly said = new Map<string, number>();
  private readonly triggers = new Map<string, Trigger>();

  /** Say what is due now; put later lines on `ctx`'s clock (null: say them when a tick finds them due). */
  play(cues: ReadonlyArray<{ at: number; text: string }>, perfNow: number, ctx: AudioContext | null): void {
    this.forgetOlderThan(perfNow - STALE_MS);
    // The clock's events fire as the audio thread renders, so the render position (currentTime)
    // is the clock to time them by, not the later output timestamp that tones are timed by.
    const clock = ctx ? { stamp: chooseStamp(null, ctx.currentTime, perfNow), audioNow: ctx.currentTime } : null;
    const plan = planSpeech(cues, perfNow, clock, new Set(this.said.keys()), new Set(this.triggers.keys()));
    this.say(plan.now);
    if (!ctx) return;
    for (const { at, when, lines } of plan.ahead) {
      try {
        const trigger: Trigger = {
          at,
          // Only the lines still waiting on this trigger: not those cancelled or said by a tick.
          cancel: atAudioTime(ctx, when, () => this.say(lines.filter((line) => this.triggers.get(line.key) === trigger))),
        };
        for (const line of lines) this.triggers.set(line.key, trigger);
      } catch {
        // The engine is gone: the tick says these when they fall due.
      }
    }
  }

  /** Drop every line not said yet (the user paused, skipped or ended); `silence` also stops speaking. */
  cancel(silence: boolean): void {
    const triggers = new Set(this.triggers.values());
    this.triggers.clear();
    for (const trigger of triggers) trigger.cancel();
    if (silence && typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }

  /** Lines not said yet (planSpeech and the trigger's own filter see to that), said in order. */
  private say(lines: readonly SpeechLine[]): void {
    for (const line of lines) {
      this.said.set(line.key, line.at);
      this.triggers.delete(line.key);
      speak(line.text, this.choice());
    }
  }

  private forgetOlderThan(perfTime: number): void {
    for (const [key, at] of this.said) if (at < perfTime) this.said.delete(key);
    for (const [key, trigger] of this.triggers) if (trigger.at < perfTime) this.triggers.delete(key);
  }
}

/**
 * Each line in the active language's voice (voice-availability.ts chooses it). The utterance always
 * names its language, so that with no matching voice listed the system picks by language rather
 * than reading the words with an English voice; a chosen voice that is gone, or that speaks another
 * language, is passed over the same way. Never silence: Settings says when no voice fits.
 */
function speak(text: string, { rate, name }: VoiceChoice): void {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = rate;
  const tag = activeFormattingTag();
  utterance.lang = tag;
  const voice = chooseVoice(speechSynthesis.getVoices(), tag, name);
  if (voice) utterance.voice = voice;
  speechSynthesis.speak(utterance);
}
