/**
 * What Limber says about safety, in one place. Written in the project's own words; the medical
 * facts (rare serious causes such as tumours and infection, knowing the cause first, short rest
 * after a flare-up) come from the seed, the rest of the warning signs and stopping when pain spreads
 * from widely published patient guidance (NHS, MedlinePlus); docs/exercise-sources.md maps each.
 */

import type { EmergencyContact } from './emergency-number';

export const NOT_MEDICAL_ADVICE =
  'Limber helps you move regularly. It is not medical advice and cannot tell what is causing your pain.';

export const FIRST_RUN_POINTS = [
  'Check with a doctor, physiotherapist or chiropractor before you start. The cause of sciatica decides which exercises help, and the wrong ones can make it worse.',
  'Move gently and within comfort. A stretch should feel like a mild pull, never sharp pain.',
  'Stop a session at once if pain spreads down your leg, gets worse, or you feel new numbness or tingling.',
  'In a flare-up, keep moving gently: short, easy breaks more often rather than long rests, because staying still tends to make sciatica worse. Flare-up mode does this and brings your exercises back over a week.',
];

/**
 * Warning signs, in three tiers as clinicians triage them (NICE CKS sciatica, NICE NG59, the NHS
 * sciatica and cauda equina pages; docs/exercise-sources.md maps each line). The emergency tier is
 * suspected cauda equina syndrome: it always comes first, with the number to call.
 */
export interface WarningTier {
  id: 'emergency' | 'today' | 'soon';
  /** The heading: what to do. `{number}`, `{place}` and `{sameDay}` are filled in for the user's region. */
  action: string;
  signs: readonly string[];
}

export const EMERGENCY_SIGNS = [
  'Loss of bladder or bowel control, or new trouble passing urine',
  'Numbness between your legs or around your bottom or genitals (the “saddle” area)',
  'New changes in sex, such as no feeling in the genitals',
  'Sciatica in both legs',
  'Weakness or numbness in both legs that is severe or getting worse',
] as const;

export const SAME_DAY_SIGNS = [
  'A foot that drops or drags, or that you cannot lift at the ankle',
  'A leg that is quickly getting weaker',
] as const;

export const SEE_A_DOCTOR_SIGNS = [
  'Fever or a recent infection, together with back pain',
  'A recent operation, injection or other procedure on your spine',
  'Osteoporosis or long-term steroid tablets, and sudden severe back pain',
  'A history of cancer, or weight loss you cannot explain',
  'A weakened immune system, or injecting drugs',
  'Pain that started after a fall, accident or other injury',
  'A first episode of back pain or sciatica over about 50, or under 20',
  'Pain that is worse lying down, or that keeps you awake at night',
  'Pins and needles, numbness or weakness in your arms, or an unsteady walk',
  'Pain that is not getting better after a few weeks',
] as const;

export const WARNING_TIERS: readonly WarningTier[] = [
  { id: 'emergency', action: 'Call {number} or go to {place} now if you have', signs: EMERGENCY_SIGNS },
  { id: 'today', action: 'Get seen today ({sameDay}) if you have', signs: SAME_DAY_SIGNS },
  { id: 'soon', action: 'See a doctor soon, before going on with exercises, if you have', signs: SEE_A_DOCTOR_SIGNS },
];

/** A tier's heading with the user's region's number and services filled in. */
export const tierAction = (tier: WarningTier, contact: EmergencyContact): string =>
  tier.action.replace('{number}', contact.number).replace('{place}', contact.emergencyPlace).replace('{sameDay}', contact.sameDay);

export const STOP_LINE = 'Stop if pain spreads down your leg or gets worse.';

/** Reputable public pages; every one is on the vetted list in links.ts. */
export const FURTHER_READING = [
  { label: 'NHS: Sciatica', url: 'https://www.nhs.uk/conditions/sciatica/' },
  { label: 'MedlinePlus: Sciatica', url: 'https://medlineplus.gov/ency/article/000686.htm' },
];
