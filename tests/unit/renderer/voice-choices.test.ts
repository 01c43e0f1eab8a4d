import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '@electron/settings/common/schema';
import { AUTO_START, VOICE_RATES, voicesFor } from '../../../renderer/src/views/settings/voice-choices';

describe('voice settings', () => {
  it('lists the system voices for the session language only, each once, keeping the chosen one', () => {
    const voices = [
      { name: 'English (Great Britain)', lang: 'en-GB' },
      { name: 'English (America)', lang: 'en_US' },
      { name: 'German', lang: 'de-DE' },
      { name: 'English (America)', lang: 'en-US' },
    ];
    expect(voicesFor(voices, 'en', '')).toEqual(['English (Great Britain)', 'English (America)']);
    expect(voicesFor(voices, 'en', 'Gone voice')).toEqual(['Gone voice', 'English (Great Britain)', 'English (America)']);
  });

  it('offers only rates and auto-starts the settings accept, none slower than the speech budget allows', () => {
    for (const { value } of VOICE_RATES) expect(SettingsSchema.shape.voiceRate.safeParse(value).success).toBe(true);
    expect(Math.min(...VOICE_RATES.map((r) => r.value))).toBeGreaterThanOrEqual(0.9);
    expect(SettingsSchema.shape.voiceRate.safeParse(0.5).success).toBe(false);
    for (const value of AUTO_START) expect(SettingsSchema.shape.floorAutoStartSec.safeParse(value).success).toBe(true);
    expect(SettingsSchema.shape.floorAutoStartSec.safeParse(2).success).toBe(false);
  });
});
