import { describe, expect, it } from 'vitest';
import { EXERCISES, ROUTINES, routineById } from '../../../../electron/exercises/common/routines';
import { planRoutine } from '../../../../electron/exercises/common/plan';
import { LEFT_SIDE, otherWayRound, RIGHT_SIDE, startingOn } from '../../../../electron/exercises/common/localize';
import { firstSideFor, type Screening } from '../../../../electron/safety/common/offer';
import { buildPhases } from '../../../../electron/session/common/phases';
import { Session } from '../../../../electron/session/common/session';
import { speechOverruns } from '../../../../electron/session/common/speech-budget';

const TWO_SIDED = EXERCISES.filter((e) => e.sides === 2);
const relief = routineById('sciatica-relief')!;
const screening = (painfulSide: Screening['painfulSide']): Screening => ({
  hipReplacement: 'no',
  recentSpinalProcedure: false,
  pregnancy: 'no',
  osteoporosis: false,
  painfulSide,
  worseWith: [],
});

/** The spoken lines of a session run from start to end without a touch. */
const spoken = (s: Session) => s.advance(24 * 3600_000).flatMap((c) => (c.kind === 'speak' ? [c.text] : []));

describe('two-sided exercises start on the side the person chose', () => {
  it('the catalogue writes every two-sided exercise right side first (what firstSide relies on)', () => {
    expect(TWO_SIDED.length).toBeGreaterThan(0);
    for (const e of TWO_SIDED) {
      expect(e.sideLabels![RIGHT_SIDE - 1], e.id).toMatch(/^Right\b/);
      expect(e.sideLabels![LEFT_SIDE - 1], e.id).toMatch(/^Left\b/);
    }
  });

  it('the side that hurts is the side chosen; both legs or the back alone start on the right', () => {
    expect(firstSideFor(screening('left'))).toBe(LEFT_SIDE);
    expect(firstSideFor(screening('right'))).toBe(RIGHT_SIDE);
    expect(firstSideFor(screening('both'))).toBe(RIGHT_SIDE);
    expect(firstSideFor(screening('back'))).toBe(RIGHT_SIDE);
    expect(firstSideFor(null)).toBe(RIGHT_SIDE);
  });

  it('phases: every rep of the chosen side, a switch to the other, then every rep of it, in every routine', () => {
    for (const routine of ROUTINES) {
      for (const firstSide of [RIGHT_SIDE, LEFT_SIDE] as const) {
        const steps = planRoutine(routine, { firstSide }).steps;
        const phases = buildPhases(steps);
        steps.forEach((step, stepIndex) => {
          const sided = phases.filter((p) => p.stepIndex === stepIndex && (p.kind === 'hold' || p.kind === 'switch'));
          if (step.exercise.sides !== 2) return expect(sided.every((p) => p.side === null)).toBe(true);
          const other = firstSide === RIGHT_SIDE ? LEFT_SIDE : RIGHT_SIDE;
          const reps = step.exercise.reps;
          expect(sided.map((p) => [p.kind, p.side]), `${routine.id} ${step.exercise.id}`).toEqual([
            ...Array.from({ length: reps }, () => ['hold', firstSide]),
            ['switch', other],
            ...Array.from({ length: reps }, () => ['hold', other]),
          ]);
        });
      }
    }
  });

  it('started on the left, the floor piriformis shows, says and tells its steps left over right first', () => {
    const s = new Session(relief, 0, 0, { firstSide: LEFT_SIDE });
    const holdAt = s.phases[0]!.durationMs;
    const view = s.view(holdAt + 1);
    s.advance(holdAt + 1);
    expect(s.view(holdAt + 1).phase).toBe('hold');
    expect(s.view(holdAt + 1).sideLabel).toBe('Left over right');
    expect(s.view(holdAt + 1).mirrored).toBe(true);
    expect(view.exercise.steps).toContain('With both knees raised, cross your left leg over your right, as you would sitting on a chair.');
    expect(view.exercise.steps.join(' ')).not.toMatch(/right leg over your left/);
    const lines = spoken(new Session(relief, 0, 0, { firstSide: LEFT_SIDE }));
    expect(lines).toContain('With both knees raised, cross your left leg over your right, as you would sitting on a chair.');
    expect(lines).toContain('Left over right.');
    expect(lines.find((l) => l.startsWith('Switch legs.') && l.includes('cross the other way'))).toMatch(/ Right over left\.$/);
    expect(lines.indexOf('Left over right.')).toBeLessThan(lines.findIndex((l) => l.endsWith('Right over left.')));
  });

  it('started on the right (the default), nothing changes from the catalogue', () => {
    const lines = spoken(new Session(relief, 0, 0));
    expect(lines).toContain('With both knees raised, cross your right leg over your left, as you would sitting on a chair.');
    expect(lines).toContain('Right over left.');
    expect(new Session(relief, 0, 0).view(0).exercise).toBe(EXERCISES.find((e) => e.id === 'piriformis-floor'));
  });

  it('told the other way round, every two-sided exercise names its left side first wherever it names both', () => {
    for (const e of TWO_SIDED) {
      const left = startingOn(e, LEFT_SIDE);
      for (const text of [left.summary, ...left.steps, ...left.cues]) {
        const first = /\b(right|left)\b/i.exec(text);
        if (first && /\bright\b/i.test(text) && /\bleft\b/i.test(text)) expect(first[1]!.toLowerCase(), `${e.id}: ${text}`).toBe('left');
      }
    }
    // A sentence naming one side only is not a side to swap.
    expect(otherWayRound('Stop right away. Cross the right over the left.')).toBe('Stop right away. Cross the left over the right.');
  });

  it('in every language, the floor piriformis started on the left crosses the left leg over the right', async () => {
    const { activateCatalog } = await import('../../../../electron/i18n/common/translate');
    const catalogs = {
      de: ['das linke Bein über das rechte', (await import('../../../../electron/i18n/common/generated/de.js')).default],
      es: ['la pierna izquierda sobre la derecha', (await import('../../../../electron/i18n/common/generated/es.js')).default],
      fr: ['la jambe gauche sur la droite', (await import('../../../../electron/i18n/common/generated/fr.js')).default],
      en: ['your left leg over your right', (await import('../../../../electron/i18n/common/generated/en.js')).default],
    } as const;
    const piriformis = TWO_SIDED.find((e) => e.id === 'piriformis-floor')!;
    try {
      for (const [locale, [expected, catalog]] of Object.entries(catalogs)) {
        activateCatalog(locale as keyof typeof catalogs, catalog);
        expect(startingOn(piriformis, LEFT_SIDE).steps.join(' '), locale).toContain(expected);
        expect(startingOn(piriformis, RIGHT_SIDE).steps.join(' '), locale).not.toContain(expected);
      }
    } finally {
      activateCatalog('en', catalogs.en[1]);
    }
  });

  it('every routine started on the left still fits its words in their moments', () => {
    for (const routine of ROUTINES) expect(speechOverruns(routine, { firstSide: LEFT_SIDE }), routine.id).toEqual([]);
  });
});
