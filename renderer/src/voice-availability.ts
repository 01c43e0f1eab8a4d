/** The slice of `speechSynthesis` used to learn whether any voice is installed. */
export type VoiceSource = Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>;

/**
 * Whether spoken cues can be heard: true as soon as a voice is listed, false when none has appeared
 * by `waitMs`. Voices arrive asynchronously (Chromium lists them after `voiceschanged`, and on Linux
 * only when speech-dispatcher is running), so an empty first answer proves nothing.
 */
export function hasVoices(synth: VoiceSource | undefined, waitMs = 3000): Promise<boolean> {
  if (!synth) return Promise.resolve(false);
  if (synth.getVoices().length > 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (found: boolean) => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onChange);
      resolve(found);
    };
    const onChange = () => {
      if (synth.getVoices().length > 0) done(true);
    };
    const timer = setTimeout(() => done(synth.getVoices().length > 0), waitMs);
    synth.addEventListener('voiceschanged', onChange);
  });
}
