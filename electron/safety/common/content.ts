/**
 * What Limber says about safety, in one place. Written in the project's own words; the medical
 * facts (rare serious causes such as tumours and infection, knowing the cause first, short rest
 * after a flare-up) come from the seed, the rest of the warning signs and stopping when pain spreads
 * from widely published patient guidance (NHS, MedlinePlus); docs/exercise-sources.md maps each.
 */

import type { MessageKey } from '../../i18n/common/generated/keys';
import { t } from '../../i18n/common/translate';
import type { EmergencyContact } from './emergency-number';

// The words are in electron/i18n/locales/<locale>/safety.json and every one is safety-critical
// (docs/translating.md); functions and getters read them when used, in the active language.

export const notMedicalAdvice = (): string => t('safety.notice.notMedicalAdvice');

const FIRST_RUN_POINT_KEYS: readonly MessageKey[] = [
  'safety.notice.checkFirst',
  'safety.notice.moveGently',
  'safety.notice.stopAtOnce',
  'safety.notice.flareUp',
];
export const firstRunPoints = (): string[] => FIRST_RUN_POINT_KEYS.map((key) => t(key));

/**
 * Warning signs, in three tiers as clinicians triage them (NICE CKS sciatica, NICE NG59, the NHS
 * sciatica and cauda equina pages; docs/exercise-sources.md maps each line). The emergency tier is
 * suspected cauda equina syndrome: it always comes first, with the number to call.
 */
export interface WarningTier {
  id: 'emergency' | 'today' | 'soon';
  /** The heading: what to do, with `{number}`, `{place}` and `{sameDay}` for the user's region (tierAction). */
  actionKey: MessageKey;
  /** Keys of the signs, in order (safety-critical; tests/unit/safety/common/locales.test.ts checks each language). */
  signKeys: readonly MessageKey[];
  /** The signs in the active language. */
  readonly signs: readonly string[];
}

export const EMERGENCY_SIGN_KEYS = [
  'safety.signs.emergency.bladderBowel',
  'safety.signs.emergency.saddle',
  'safety.signs.emergency.sex',
  'safety.signs.emergency.bothLegs',
  'safety.signs.emergency.bothLegsWeak',
] as const satisfies readonly MessageKey[];

export const SAME_DAY_SIGN_KEYS = ['safety.signs.today.footDrop', 'safety.signs.today.legWeaker'] as const satisfies readonly MessageKey[];

export const SEE_A_DOCTOR_SIGN_KEYS = [
  'safety.signs.soon.infection',
  'safety.signs.soon.spineProcedure',
  'safety.signs.soon.osteoporosis',
  'safety.signs.soon.cancer',
  'safety.signs.soon.immune',
  'safety.signs.soon.injury',
  'safety.signs.soon.age',
  'safety.signs.soon.lyingNight',
  'safety.signs.soon.arms',
  'safety.signs.soon.notBetter',
] as const satisfies readonly MessageKey[];

const tier = (id: WarningTier['id'], actionKey: MessageKey, signKeys: readonly MessageKey[]): WarningTier => ({
  id,
  actionKey,
  signKeys,
  get signs() {
    return signKeys.map((key) => t(key));
  },
});

export const WARNING_TIERS: readonly WarningTier[] = [
  tier('emergency', 'safety.tier.emergency', EMERGENCY_SIGN_KEYS),
  tier('today', 'safety.tier.today', SAME_DAY_SIGN_KEYS),
  tier('soon', 'safety.tier.soon', SEE_A_DOCTOR_SIGN_KEYS),
];

/** A tier's heading with the user's region's number and services filled in. */
export const tierAction = (tier: WarningTier, contact: EmergencyContact): string =>
  t(tier.actionKey, { number: contact.number, place: contact.emergencyPlace, sameDay: contact.sameDay });

export const stopLine = (): string => t('safety.stopLine');

/** Reputable public pages; every one is on the vetted list in links.ts. */
export const FURTHER_READING: ReadonlyArray<{ readonly label: string; url: string }> = [
  {
    url: 'https://www.nhs.uk/conditions/sciatica/',
    get label() {
      return t('safety.reading.nhs');
    },
  },
  {
    url: 'https://medlineplus.gov/ency/article/000686.htm',
    get label() {
      return t('safety.reading.medlinePlus');
    },
  },
];
