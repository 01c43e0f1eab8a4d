/**
 * What Limber says about safety, in one place. Written in the project's own words; the medical
 * facts (rare serious causes such as tumours and infection, knowing the cause first, short rest
 * after a flare-up) come from the seed, the rest of the warning signs and stopping when pain spreads
 * from widely published patient guidance (NHS, MedlinePlus); docs/exercise-sources.md maps each.
 */

export const NOT_MEDICAL_ADVICE =
  'Limber helps you move regularly. It is not medical advice and cannot tell what is causing your pain.';

export const FIRST_RUN_POINTS = [
  'Check with a doctor, physiotherapist or chiropractor before you start. The cause of sciatica decides which exercises help, and the wrong ones can make it worse.',
  'Move gently and within comfort. A stretch should feel like a mild pull, never sharp pain.',
  'Stop a session at once if pain spreads down your leg, gets worse, or you feel new numbness or tingling.',
  'In a flare-up, a day or two of rest with only the gentlest moves is fine. Staying still for longer tends to make things worse, so Limber eases you back in.',
];

/** Warning signs that need a clinician, not a stretch. Shown at first run and always reachable. */
export const SEE_A_DOCTOR_SIGNS = [
  'Loss of bladder or bowel control, or trouble passing urine',
  'Numbness in the groin, buttocks or inner thighs (the “saddle” area)',
  'New problems with sex, such as loss of feeling or trouble getting an erection',
  'Weakness in a leg or foot that is getting worse, or a foot that drags',
  'Pain in both legs at once',
  'Back pain and a history of cancer',
  'Fever, feeling unwell, or unexplained weight loss along with back pain',
  'A weakened immune system, long-term steroid tablets, or injecting drugs',
  'Pain that started after a fall, accident or other injury',
  'Severe pain that does not ease with rest or keeps you awake at night',
  'Pain that is not getting better after a few weeks',
];

export const EMERGENCY_NOTE =
  'Loss of bladder or bowel control, numbness around the groin, or new problems with sex can be a medical emergency: get urgent care straight away.';

export const STOP_LINE = 'Stop if pain spreads down your leg or gets worse.';

/** Reputable public pages; every one is on the vetted list in links.ts. */
export const FURTHER_READING = [
  { label: 'NHS: Sciatica', url: 'https://www.nhs.uk/conditions/sciatica/' },
  { label: 'MedlinePlus: Sciatica', url: 'https://medlineplus.gov/ency/article/000686.htm' },
];
