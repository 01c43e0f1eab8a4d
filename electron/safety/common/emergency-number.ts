import { t } from '../../i18n/common/translate';

/**
 * The number to call in an emergency, by the region of the system locale. One table, in one place.
 * 112 is the fallback: it is the emergency number across the EU and reaches emergency services
 * from most mobile phones elsewhere. Sources: docs/exercise-sources.md ("Emergency numbers").
 */
const BY_REGION: Readonly<Record<string, string>> = {
  GB: '999',
  IE: '112',
  US: '911',
  CA: '911',
  MX: '911',
  AU: '000',
  NZ: '111',
  JP: '119',
  KR: '119',
  HK: '999',
  SG: '995',
  IN: '112',
  BR: '192',
  // Regions of the other app languages whose number is not 112 (ambulance or single line):
  CH: '144',
  CO: '123',
  CL: '131',
};

export const FALLBACK_EMERGENCY_NUMBER = '112';

/** "en-GB", "en_GB.UTF-8", "fr-CA-u-ca-gregory" → "GB", "CA"; null when the locale names no region. */
export function regionOf(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const parts = locale.slice(0, 64).split(/[-_.@]/);
  // The region is the first later part of two letters (a script such as "Hant" has four).
  for (const part of parts.slice(1)) if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
  return null;
}

/** The emergency number for a locale such as "en-GB"; 112 when the region is unknown or unlisted. */
export function emergencyNumberFor(locale: string | null | undefined): string {
  const region = regionOf(locale);
  return (region && BY_REGION[region]) || FALLBACK_EMERGENCY_NUMBER;
}

export const EMERGENCY_REGIONS = Object.keys(BY_REGION);

/** Where the signs send people, in the words of the user's region, in the active language. */
export interface EmergencyContact {
  number: string;
  /**
   * "A&E" in the UK and Ireland, "an emergency department" elsewhere: the place as the language
   * says it after "go to" (German "in die Notaufnahme", French "aux urgences", Spanish "a urgencias").
   */
  emergencyPlace: string;
  /** Who sees you the same day. */
  sameDay: string;
}

export function emergencyContactFor(locale: string | null | undefined): EmergencyContact {
  const region = regionOf(locale);
  const number = emergencyNumberFor(locale);
  if (region === 'GB') return { number, emergencyPlace: t('safety.emergency.placeAandE'), sameDay: t('safety.emergency.sameDayGB') };
  if (region === 'IE') return { number, emergencyPlace: t('safety.emergency.placeAandE'), sameDay: t('safety.emergency.sameDayIE') };
  return { number, emergencyPlace: t('safety.emergency.placeDepartment'), sameDay: t('safety.emergency.sameDayOther') };
}
