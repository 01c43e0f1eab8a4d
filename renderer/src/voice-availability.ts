/** The slice of `speechSynthesis` used to learn whether any voice is installed. */
export type VoiceSource = Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>;

/** What is read of a system voice (a `SpeechSynthesisVoice`, or a plain object in tests). */
export interface VoiceInfo {
  name: string;
  /** BCP 47, though some systems write `en_US`. */
  lang: string;
  default?: boolean;
}

/**
 * Whether spoken cues can be heard: true as soon as a voice is listed, false when none has appeared
 * by `waitMs`. Voices arrive asynchronously (Chromium lists them after `voiceschanged`, and on Linux
 * only when speech-dispatcher is running), so an empty first answer proves nothing.
 */
export function hasVoices(synth: VoiceSource | undefined, waitMs = 3000): Promise<boolean> {
  return listedVoices(synth, waitMs).then((voices) => voices.length > 0);
}

/** The voices once any are listed, or an empty list when none has appeared by `waitMs`. */
export function listedVoices(synth: VoiceSource | undefined, waitMs = 3000): Promise<readonly VoiceInfo[]> {
  if (!synth) return Promise.resolve([]);
  if (synth.getVoices().length > 0) return Promise.resolve(synth.getVoices());
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onChange);
      resolve(synth.getVoices());
    };
    const onChange = () => {
      if (synth.getVoices().length > 0) done();
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', onChange);
  });
}

/** `de-AT`, `de_AT`, `DE` → `de`; the language a voice speaks, without its region. */
const languageOf = (tag: string): string => tag.trim().toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';
const sameTag = (a: string, b: string): boolean => a.trim().toLowerCase().replace(/_/g, '-') === b.trim().toLowerCase().replace(/_/g, '-');

/**
 * The voice to speak `tag`'s language with (the active language: `activeFormattingTag()`): the one
 * chosen in Settings when it speaks that language; else one of that language and region (`de-AT`);
 * else any of that language, the system's default first. Undefined when the system has no voice in
 * that language: a German line read by an English voice is not understood, so no other language's
 * voice is ever picked (the caller leaves the choice to the system by the utterance's `lang`, and
 * Settings says that no voice speaks the language).
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], tag: string, chosenName: string): V | undefined {
  const language = languageOf(tag);
  const speaking = voices.filter((v) => languageOf(v.lang) === language);
  const chosen = chosenName ? speaking.find((v) => v.name === chosenName) : undefined;
  if (chosen) return chosen;
  const defaultFirst = (list: V[]) => list.find((v) => v.default) ?? list[0];
  return defaultFirst(speaking.filter((v) => sameTag(v.lang, tag))) ?? defaultFirst(speaking);
}

/** For the settings note: no voice at all, none in the active language, or one to speak with. */
export type VoiceCoverage = 'none' | 'other-language' | 'available';

export function voiceCoverage(voices: readonly VoiceInfo[], tag: string): VoiceCoverage {
  if (voices.length === 0) return 'none';
  return chooseVoice(voices, tag, '') ? 'available' : 'other-language';
}
