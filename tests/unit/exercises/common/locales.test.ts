import { afterEach, describe, expect, it } from 'vitest';
import { EXERCISES, ROUTINES } from '../../../../electron/exercises/common/routines';
import { planRoutine, POSITION_SETUP, speechWordsPerSec } from '../../../../electron/exercises/common/plan';
import { ExerciseSchema, RoutineSchema, type Routine } from '../../../../electron/exercises/common/schema';
import de from '../../../../electron/i18n/common/generated/de.js';
import en from '../../../../electron/i18n/common/generated/en.js';
import es from '../../../../electron/i18n/common/generated/es.js';
import fr from '../../../../electron/i18n/common/generated/fr.js';
import { activateCatalog } from '../../../../electron/i18n/common/translate';
import { Session } from '../../../../electron/session/common/session';
import { speechOverruns } from '../../../../electron/session/common/speech-budget';

const TRANSLATIONS = { de, es, fr } as const;
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const custom = (steps: Array<{ exerciseId: string; holdSec?: number }>): Routine => ({
  id: 'custom',
  name: 'Custom',
  description: 'A routine made up for a test.',
  where: 'anywhere',
  steps,
  logsWalk: false,
});
const overruns = (routine: Routine, namesOnly?: ReadonlySet<string>) =>
  speechOverruns(routine, { namesOnly }).map((m) => `${m.at / 1000}s needs ${m.needMs} ms, has ${m.haveMs} ms: ${m.lines.join(' ')}`);

afterEach(() => activateCatalog('en', en));

describe.each(Object.entries(TRANSLATIONS))('the exercise catalogue in %s', (locale, catalog) => {
  const inLocale = () => activateCatalog(locale as keyof typeof TRANSLATIONS, catalog);

  it('reads in that language, every field within the lengths the screens are built for', () => {
    const english = EXERCISES.map((e) => plain(e));
    inLocale();
    EXERCISES.forEach((exercise, i) => {
      const shown = plain(exercise);
      const parsed = ExerciseSchema.safeParse(shown);
      expect(parsed.success, `${exercise.id}: ${parsed.error?.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`).toBe(true);
      // Translated, not copied: every step and stop line differs from the English.
      for (const [field, value] of [...shown.steps.map((s, n) => [`step ${n + 1}`, s]), ...shown.stopIf.map((s, n) => [`stop ${n + 1}`, s])])
        expect(english[i]!.steps.concat(english[i]!.stopIf), `${exercise.id} ${field}`).not.toContain(value);
    });
    for (const routine of ROUTINES) expect(RoutineSchema.safeParse(plain(routine)).success, routine.id).toBe(true);
    for (const position of Object.values(POSITION_SETUP)) expect(position.leadInCue).not.toMatch(/^exercises\./);
  });

  it('plans fewer words a second than English (longer words), and the session speaks them', () => {
    inLocale();
    expect(speechWordsPerSec()).toBeLessThan(2.2);
    const cues = new Session(custom([{ exerciseId: 'piriformis-floor' }]), 0, 0).advance(3600_000);
    const spoken = cues.flatMap((c) => (c.kind === 'speak' ? [c.text] : []));
    expect(spoken.join(' ')).toContain(EXERCISES.find((e) => e.id === 'piriformis-floor')!.name);
    expect(spoken.some((line) => /Switch legs|Well done|Ten seconds/.test(line))).toBe(false);
  });

  it('every moment of every routine fits its words, steps read or names only', () => {
    inLocale();
    for (const routine of ROUTINES) {
      expect(overruns(routine), routine.id).toEqual([]);
      expect(overruns(routine, new Set(EXERCISES.map((e) => e.id))), routine.id).toEqual([]);
    }
  });

  it('every exercise alone fits its words at its shortest, its own and its longest hold, and lead-ins grow to fit', () => {
    inLocale();
    for (const exercise of EXERCISES) {
      for (const holdSec of [5, exercise.holdSec, 900]) expect(overruns(custom([{ exerciseId: exercise.id, holdSec }])), `${exercise.id} at ${holdSec} s`).toEqual([]);
    }
    // Mixed orders: every pair of exercises, each one arriving from every other position.
    for (const a of EXERCISES) for (const b of EXERCISES) expect(overruns(custom([{ exerciseId: a.id }, { exerciseId: b.id, holdSec: 5 }])), `${a.id} → ${b.id}`).toEqual([]);
    const relief = ROUTINES.find((r) => r.id === 'sciatica-relief')!;
    expect(planRoutine(relief).steps[0]!.leadInSec).toBeGreaterThan(20);
  });
});
