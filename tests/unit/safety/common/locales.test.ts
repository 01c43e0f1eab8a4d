import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import de from '../../../../electron/i18n/common/generated/de.js';
import en from '../../../../electron/i18n/common/generated/en.js';
import es from '../../../../electron/i18n/common/generated/es.js';
import fr from '../../../../electron/i18n/common/generated/fr.js';
import type { MessageKey } from '../../../../electron/i18n/common/generated/keys';
import { activateCatalog, t } from '../../../../electron/i18n/common/translate';
import { POSITION_SETUP } from '../../../../electron/exercises/common/plan';
import { EMERGENCY_SIGN_KEYS, FURTHER_READING, notMedicalAdvice, SAME_DAY_SIGN_KEYS, tierAction, WARNING_TIERS } from '../../../../electron/safety/common/content';
import { FLARE_PLAN, flareHeadline } from '../../../../electron/safety/common/flare';
import { screeningLeavesOut } from '../../../../electron/safety/common/offer';
import { emergencyContactFor } from '../../../../electron/safety/common/emergency-number';

/**
 * Safety-critical texts (docs/translating.md, "Safety-critical keys") keep their facts in every
 * language: a translation that drops "both legs", the bladder, the saddle area or the number to
 * call fails here by name. Each fact is the clinical term that language's patient guidance uses.
 */
type Lang = 'en' | 'de' | 'es' | 'fr';
const CATALOGS = { en, de, es, fr } as const;
const LANGS = Object.keys(CATALOGS) as Lang[];
type Facts = Record<Lang, RegExp[]>;

const NUMBNESS_TINGLING: Facts = {
  en: [/leg/, /numbness/, /tingling/],
  de: [/Bein/, /Taubheit/, /Kribbeln/],
  es: [/pierna/, /entumecimiento/, /hormigueo/],
  fr: [/jambe/, /engourdissement/, /fourmillements/],
};
const SPREADS_OR_WORSE: Facts = {
  en: [/leg/, /worse/],
  de: [/Bein/, /stärker/],
  es: [/pierna/, /empeora/],
  fr: [/jambe/, /aggrave/],
};
const BOTH_LEGS: Facts = { en: [/both legs/], de: [/beiden Beinen/], es: [/dos piernas/], fr: [/deux jambes/] };

const KEY_FACTS: Partial<Record<MessageKey, Facts>> = {
  'safety.signs.emergency.bladderBowel': { en: [/bladder/, /bowel/, /urine/], de: [/Blase/, /Darm/, /Wasserlassen/], es: [/vejiga/, /intestino/, /orinar/], fr: [/urines/, /selles/, /uriner/] },
  'safety.signs.emergency.saddle': {
    en: [/between your legs/, /genitals/, /saddle/],
    de: [/zwischen den Beinen/, /Intimbereich/, /Reithosenanästhesie/],
    es: [/entre las piernas/, /genitales/, /silla de montar/],
    fr: [/entre les jambes/, /parties génitales/, /en selle/],
  },
  'safety.signs.emergency.sex': { en: [/sex/, /genitals/], de: [/Sex/, /Genital/], es: [/sexual/, /genitales/], fr: [/sexualité/, /génitales/] },
  'safety.signs.emergency.bothLegs': { en: [/Sciatica in both legs/], de: [/Ischias.* in beiden Beinen/], es: [/Ciática en las dos piernas/], fr: [/sciatique dans les deux jambes/] },
  'safety.signs.emergency.bothLegsWeak': {
    en: [/Weakness or numbness/, ...BOTH_LEGS.en],
    de: [/Schwäche oder Taubheit/, ...BOTH_LEGS.de],
    es: [/Debilidad o entumecimiento/, ...BOTH_LEGS.es],
    fr: [/faiblesse ou un engourdissement/, ...BOTH_LEGS.fr],
  },
  'safety.signs.today.footDrop': { en: [/foot/, /ankle/], de: [/Fuß/, /Sprunggelenk/], es: [/pie/, /tobillo/], fr: [/pied/, /cheville/] },
  'safety.signs.today.legWeaker': { en: [/leg/, /weaker/], de: [/Bein/, /schwächer/], es: [/pierna/, /debilita/], fr: [/jambe/, /affaiblit/] },
  'safety.tier.emergency': { en: [/\{number\}/, /now/], de: [/\{number\}/, /sofort/], es: [/\{number\}/, /ahora/], fr: [/\{number\}/, /maintenant/] },
  'safety.tier.today': { en: [/today/, /\{sameDay\}/], de: [/heute/, /\{sameDay\}/], es: [/hoy/, /\{sameDay\}/], fr: [/aujourd’hui/, /\{sameDay\}/] },
  'safety.stopLine': SPREADS_OR_WORSE,
  'safety.notice.stopAtOnce': { en: [...SPREADS_OR_WORSE.en, ...NUMBNESS_TINGLING.en], de: [...SPREADS_OR_WORSE.de, ...NUMBNESS_TINGLING.de], es: [...SPREADS_OR_WORSE.es, ...NUMBNESS_TINGLING.es], fr: [...SPREADS_OR_WORSE.fr, ...NUMBNESS_TINGLING.fr] },
  'safety.notice.checkFirst': { en: [/doctor/], de: [/Ärztin|Arzt/], es: [/médico/], fr: [/médecin/] },
  'safety.screening.adviceBothLegs': { en: [...BOTH_LEGS.en, /emergency/], de: [...BOTH_LEGS.de, /Notfall/], es: [...BOTH_LEGS.es, /urgencia/], fr: [...BOTH_LEGS.fr, /urgence/] },
  'exercises.stop.nerve': NUMBNESS_TINGLING,
  'exercises.stop.sharp': { en: [/sharp/, /stabbing/], de: [/scharfen/, /stechenden/], es: [/agudo/, /punzante/], fr: [/vive/, /poignard/] },
  'exercises.stop.walk': { en: [/Leg pain/, /walk/], de: [/Beinschmerzen/, /gehen/], es: [/dolor de pierna/, /caminas/], fr: [/jambe/, /marchez/] },
};

/** Every key whose meaning must survive translation: all of safety.json, and every exercise stop line. */
const english = JSON.parse(readFileSync('electron/i18n/locales/en/exercises.json', 'utf8')) as Record<string, string>;
const safety = JSON.parse(readFileSync('electron/i18n/locales/en/safety.json', 'utf8')) as Record<string, string>;
const SAFETY_CRITICAL = [...Object.keys(safety), ...Object.keys(english).filter((k) => /^exercises\.(stop\.|[^.]+\.stop\d)/.test(k))] as MessageKey[];

/** The raw message, placeholders unfilled: facts about placeholders are checked on it. */
const source = (lang: Lang, key: string): string =>
  (JSON.parse(readFileSync(`electron/i18n/locales/${lang}/${key.split('.')[0]}.json`, 'utf8')) as Record<string, string>)[key] ?? '';

afterEach(() => activateCatalog('en', en));

describe.each(LANGS)('safety-critical texts in %s', (lang) => {
  it('every safety-critical key is there, translated, and keeps its key facts', () => {
    expect(SAFETY_CRITICAL.length).toBeGreaterThan(60);
    for (const key of SAFETY_CRITICAL) {
      const text = source(lang, key);
      expect(text.length, key).toBeGreaterThan(1);
      if (lang !== 'en') expect(text, `${key} is still English`).not.toBe(source('en', key));
    }
    for (const [key, facts] of Object.entries(KEY_FACTS)) for (const fact of facts[lang]) expect(source(lang, key), `${key} (${lang})`).toMatch(fact);
  });

  it('the emergency heading names the region’s number and place; the emergency list is the cauda equina list', () => {
    activateCatalog(lang, CATALOGS[lang]);
    const emergency = WARNING_TIERS.find((tier) => tier.id === 'emergency')!;
    for (const [region, number] of [['GB', '999'], ['US', '911'], ['DE', '112'], ['FR', '112'], ['ES', '112'], ['MX', '911'], ['AU', '000']] as const) {
      const contact = emergencyContactFor(`${lang}-${region}`);
      const heading = tierAction(emergency, contact);
      expect(heading, region).toContain(number);
      expect(heading, region).toContain(contact.emergencyPlace);
      expect(heading).not.toMatch(/[{}]/);
      expect(tierAction(WARNING_TIERS[1]!, contact)).toContain(contact.sameDay);
    }
    expect(emergency.signs).toEqual(EMERGENCY_SIGN_KEYS.map((key) => t(key)));
    expect(emergency.signs.filter((sign) => BOTH_LEGS[lang].some((fact) => fact.test(sign)))).toHaveLength(2);
    expect(WARNING_TIERS[1]!.signs).toEqual(SAME_DAY_SIGN_KEYS.map((key) => t(key)));
    // "Both legs" belongs to the emergency tier only: never softened into "see a doctor soon".
    expect(WARNING_TIERS[2]!.signs.join(' ')).not.toMatch(BOTH_LEGS[lang][0]!);
  });

  it('is read when shown, in the language active then, not in the one active when the modules loaded', () => {
    activateCatalog(lang, CATALOGS[lang]);
    expect(FLARE_PLAN.map((stage) => stage.says)).toEqual([t('safety.flare.stage1'), t('safety.flare.stage2'), t('safety.flare.stage3')]);
    expect(flareHeadline({ day: 1, days: 7 })).toBe(
      t('safety.flare.headlineWithNext', { day: 1, days: 7, says: t('safety.flare.stage1'), returns: t('safety.flare.stage2Returns'), nextDay: 3 }),
    );
    expect(FURTHER_READING.map((link) => link.label)).toEqual([t('safety.reading.nhs'), t('safety.reading.medlinePlus')]);
    expect(screeningLeavesOut(['lying-supine'], null)).toBe(t('safety.leftOut.unanswered'));
    expect(POSITION_SETUP.floor.getUp!.cue).toBe(t('exercises.position.floor.getUp'));
    expect(notMedicalAdvice()).toBe(t('safety.notice.notMedicalAdvice'));
    if (lang !== 'en') expect(flareHeadline({ day: 1, days: 7 })).not.toMatch(/Day|breaks|safety\./);
  });
});
