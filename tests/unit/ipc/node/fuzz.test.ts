import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/app/create-services';
import { CHANNELS, type ChannelName } from '../../../../electron/ipc/common/contract';
import { createCachedPresenceSource } from '../../../../electron/presence/node/cached-source';
import type { PresenceProbe } from '../../../../electron/ports/presence';
import { SETTINGS_KEYS } from '../../../../electron/settings/common/schema';
import { testServiceOptions } from '../../../support/fake-desk';

/** Payloads per channel: enough to find the odd shape a hostile page could send. */
const RUNS = 10_000;
export const fuzzCounts: Record<string, number> = {};

const value = fc.oneof(
  fc.anything(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.boolean(),
  fc.constantFrom('system', 'light', 'dark', '__proto__', 'constructor', 'https://www.nhs.uk/', '09:00', '25:99'),
);
/** Objects whose keys are mostly real settings keys, so many payloads are close to valid. */
const nearSettings = fc.dictionary(fc.oneof(fc.constantFrom(...SETTINGS_KEYS), fc.string({ maxLength: 12 })), value, {
  maxKeys: 4,
});
const args = fc.oneof(
  { weight: 1, arbitrary: fc.anything() },
  { weight: 3, arbitrary: fc.array(value, { maxLength: 3 }) },
  { weight: 3, arbitrary: fc.tuple(nearSettings) },
  { weight: 1, arbitrary: fc.constant([]) },
);

/** Probes that answer at once, so presence:status runs its whole path (and settings fuzz flips its switches). */
const probes: PresenceProbe[] = [
  { name: 'mic', uses: ['microphone', 'camera'], read: () => Promise.resolve([{ via: 'microphone', value: false, reason: null }]) },
  { name: 'broken', uses: ['fullscreen', 'dnd', 'meetingApps'], read: () => Promise.reject(new Error('no desktop')) },
];
let services: Services;
const presence = createCachedPresenceSource(probes, { switches: () => services.settings.get().presence, log: () => {} });
beforeAll(async () => {
  services = await createServices(await testServiceOptions({ log: () => {}, presence }));
});
afterAll(() => {
  services.dispose();
  presence.dispose();
  console.log(`IPC fuzz: ${JSON.stringify(fuzzCounts)}`);
});

describe('every IPC channel under random payloads', () => {
  for (const channel of Object.keys(CHANNELS) as ChannelName[]) {
    it(`${channel}: accepts exactly what the contract accepts and never throws`, async () => {
      let accepted = 0;
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(args, async (payload) => {
          const result = await services.dispatch(channel, payload);
          const contractAccepts = Array.isArray(payload) && CHANNELS[channel].args.safeParse(payload).success;
          if (contractAccepts) {
            accepted++;
            // A domain rule may still refuse (as invalid-arguments), or a write path's rate limit
            // (ipc/channels/*), but never with a crash.
            if (!result.ok) expect(['invalid-arguments', 'rate-limited']).toContain(result.error.code);
          } else {
            rejected++;
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
          }
        }),
        { numRuns: RUNS },
      );
      fuzzCounts[channel] = accepted + rejected;
      expect(accepted + rejected).toBe(RUNS);
    });
  }

  it('answers unknown channels with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), async (name, payload) => {
        fc.pre(!Object.hasOwn(CHANNELS, name));
        const result = await services.dispatch(name, payload);
        expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      }),
      { numRuns: 2_000 },
    );
  });
});
