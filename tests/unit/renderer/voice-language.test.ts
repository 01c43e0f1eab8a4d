import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import de from '../../../electron/i18n/common/generated/de.js';
import en from '../../../electron/i18n/common/generated/en.js';
import { activateCatalog } from '../../../electron/i18n/common/translate';
import { SpokenCues } from '../../../renderer/src/audio-speech';
import { chooseVoice, voiceCoverage, type VoiceInfo } from '../../../renderer/src/voice-availability';

const VOICES: VoiceInfo[] = [
  { name: 'English (America)', lang: 'en-US', default: true },
  { name: 'English (Great Britain)', lang: 'en_GB' },
  { name: 'German', lang: 'de-DE' },
  { name: 'German (Austria)', lang: 'de-AT' },
  { name: 'French (France)', lang: 'fr-FR' },
];
const name = (voice: VoiceInfo | undefined) => voice?.name;

describe('the voice follows the language', () => {
  it('picks a voice of the active language, its region first, the chosen one when it speaks that language', () => {
    expect(name(chooseVoice(VOICES, 'de', ''))).toBe('German');
    expect(name(chooseVoice(VOICES, 'de-AT', ''))).toBe('German (Austria)');
    expect(name(chooseVoice(VOICES, 'de-CH', ''))).toBe('German');
    expect(name(chooseVoice(VOICES, 'de-DE', 'German (Austria)'))).toBe('German (Austria)');
    expect(name(chooseVoice(VOICES, 'en-GB', ''))).toBe('English (Great Britain)');
    expect(name(chooseVoice(VOICES, 'en', ''))).toBe('English (America)');
    expect(name(chooseVoice(VOICES, 'fr-CA', ''))).toBe('French (France)');
  });

  it('never reads a language with another language’s voice: an English choice is passed over in German, and no Spanish voice means none', () => {
    expect(name(chooseVoice(VOICES, 'de-DE', 'English (America)'))).toBe('German');
    expect(chooseVoice(VOICES, 'es-ES', '')).toBeUndefined();
    expect(chooseVoice(VOICES, 'es-ES', 'English (America)')).toBeUndefined();
    expect(voiceCoverage(VOICES, 'es-MX')).toBe('other-language');
    expect(voiceCoverage(VOICES, 'fr')).toBe('available');
    expect(voiceCoverage([], 'en')).toBe('none');
  });
});

describe('spoken cues in the active language', () => {
  let spoken: Array<{ text: string; lang: string; voice: string | undefined }>;
  let voices: VoiceInfo[];
  beforeEach(() => {
    spoken = [];
    voices = VOICES;
    Object.assign(globalThis, {
      SpeechSynthesisUtterance: class {
        rate = 1;
        lang = '';
        voice: VoiceInfo | null = null;
        constructor(readonly text: string) {}
      },
      speechSynthesis: {
        getVoices: () => voices,
        speak: (u: { text: string; lang: string; voice: VoiceInfo | null }) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
        cancel: () => {},
      },
    });
  });
  afterEach(() => {
    activateCatalog('en', en);
    delete (globalThis as Record<string, unknown>)['speechSynthesis'];
    delete (globalThis as Record<string, unknown>)['SpeechSynthesisUtterance'];
  });

  it('says German lines with a German voice, tagged de-AT, even when an English voice was chosen in Settings', () => {
    activateCatalog('de', de, 'AT');
    new SpokenCues(() => ({ rate: 1, name: 'English (America)' })).play([{ at: 0, text: 'Beinwechsel.' }], 0, null);
    expect(spoken).toEqual([{ text: 'Beinwechsel.', lang: 'de-AT', voice: 'German (Austria)' }]);
  });

  it('with no voice in the language, names the language and leaves the voice to the system rather than an English one', () => {
    activateCatalog('de', de, 'DE');
    voices = VOICES.filter((v) => !v.lang.startsWith('de'));
    new SpokenCues(() => ({ rate: 1, name: '' })).play([{ at: 0, text: 'Beinwechsel.' }], 0, null);
    expect(spoken).toEqual([{ text: 'Beinwechsel.', lang: 'de-DE', voice: undefined }]);
  });
});
