import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISES, exerciseById, ROUTINES } from '../../../../electron/exercises/common/routines';
import { POSITION_SETUP } from '../../../../electron/exercises/common/plan';

/** Everything an exercise says to the user. */
const words = (id: string) => {
  const e = exerciseById(id)!;
  return [e.name, e.summary, ...e.steps, ...e.cues, e.feel, ...e.stopIf, e.setup.prepare ?? ''].join(' ').toLowerCase();
};
const everything = [
  ...EXERCISES.map((e) => words(e.id)),
  ...ROUTINES.flatMap((r) => [r.name, r.description, r.where]),
  ...Object.values(POSITION_SETUP).flatMap((p) => [p.leadInCue, p.getUp?.cue ?? '']),
]
  .join(' ')
  .toLowerCase();

describe('exercise wording', () => {
  it('the piriformis stretch never asks for a straight-leg lift: knees bent, one at a time, hands on the thigh', () => {
    const text = words('piriformis-floor');
    expect(text).not.toMatch(/45 degrees|lift both legs/);
    expect(text).toMatch(/knees bent/);
    expect(text).toMatch(/one knee up toward you with your hands on that thigh/);
    expect(text).toMatch(/cross your right leg over your left/);
    expect(text).toMatch(/toward your chest/);
  });

  // A routine may set its own hold for any step (issue 24: a physiotherapist's 30 s), so a step
  // that names a length would contradict the timer: "about a minute" read aloud, then 30 s.
  it.each(['en', 'de', 'es', 'fr'])('%s: no step of a held exercise says how long to hold; the timer does', (locale) => {
    const read = (l: string) => JSON.parse(readFileSync(new URL(`../../../../electron/i18n/locales/${l}/exercises.json`, import.meta.url), 'utf8')) as Record<string, string>;
    const english = read('en');
    const catalogue = read(locale);
    const length = /\b(minutes?|seconds?|minuten?|sekunden?|minutos?|segundos?|secondes?)\b/i;
    let checked = 0;
    for (const exercise of EXERCISES.filter((e) => e.id !== 'walk' && e.id !== 'walk-easy')) {
      // The exercise's keys, found by its English name (the words tests run in).
      const stem = Object.keys(english).find((key) => key.endsWith('.name') && english[key] === exercise.name)!.slice(0, -'.name'.length);
      for (const [key, text] of Object.entries(catalogue).filter(([key]) => key.startsWith(`${stem}.step`))) {
        expect(text, key).not.toMatch(length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('the core brace describes bracing, not drawing the belly in', () => {
    const text = words('core-brace');
    expect(text).not.toMatch(/belly button toward|draw(ing)? (your|the) belly in|suck/);
    expect(text).toMatch(/tighten the muscles all around your middle/);
    expect(text).toMatch(/neither pulls in nor pushes out/);
  });

  it('hamstring stretches stop at a mild stretch and keep the foot relaxed', () => {
    for (const id of ['hamstring-seated', 'hamstring-standing', 'hamstring-floor']) {
      expect(words(id)).toMatch(/mild stretch/);
      expect(words(id)).not.toMatch(/toes (pointing )?up/);
    }
  });

  it('makes no health claims beyond the seed', () => {
    for (const claim of [/kinder to your back/, /suits most/, /calmer/, /thank you/, /relieve/, /heal/, /prevent/, /cure/]) {
      expect(everything).not.toMatch(claim);
    }
  });
});
