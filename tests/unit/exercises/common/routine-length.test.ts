import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import de from '../../../../electron/i18n/common/generated/de.js';
import en from '../../../../electron/i18n/common/generated/en.js';
import { formatDuration } from '../../../../electron/i18n/common/format';
import { activateCatalog } from '../../../../electron/i18n/common/translate';
import { planRoutine } from '../../../../electron/exercises/common/plan';
import { routineLabel, routineLength, routineLengthSec } from '../../../../electron/exercises/common/routine-length';
import { ROUTINES, routineDurationSec } from '../../../../electron/exercises/common/routines';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('one routine length everywhere', () => {
  afterEach(() => activateCatalog('en', en));

  it('the reminder states the same length as home and the preview: the whole routine, lead-ins included', () => {
    for (const routine of ROUTINES) {
      expect(routineLengthSec(routine)).toBe(planRoutine(routine).totalSec);
      expect(routineLabel(routine.id).durationLabel).toBe(routineLength(routine));
      expect(routineLength(routine)).toBe(formatDuration(planRoutine(routine).totalSec));
    }
  });

  it('a routine whose guided timer alone would round to another length is still stated by its whole length', () => {
    // The bug this replaces: reminders said the guided timer's "6 min", home and the preview the whole "7 min".
    const differs = ROUTINES.filter((r) => formatDuration(routineDurationSec(r)) !== formatDuration(planRoutine(r).totalSec));
    expect(differs.length).toBeGreaterThan(0);
    for (const routine of differs) expect(routineLabel(routine.id).durationLabel).toBe(formatDuration(planRoutine(routine).totalSec));
  });

  it('an unknown routine id falls back to the default routine, with its length', () => {
    const label = routineLabel('no-such-routine');
    expect(label.durationLabel).toBe(routineLength(ROUTINES.find((r) => r.name === label.name)!));
  });

  it('follows the active language', () => {
    const routine = ROUTINES.find((r) => planRoutine(r).totalSec >= 90)!;
    activateCatalog('de', de);
    expect(plain(routineLength(routine))).toMatch(/^\d+ Min\.$/);
  });

  it('no screen or reminder computes a routine length of its own', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'generated' ? [] : files(path);
        return /\.tsx?$/.test(name) ? [path] : [];
      });
    const own = ['electron/exercises/common/routine-length.ts', 'electron/exercises/common/plan.ts', 'electron/exercises/common/routines.ts'];
    const offenders = [...files('renderer/src'), ...files('electron')]
      .filter((path) => !own.some((o) => path.endsWith(o)))
      .filter((path) => /formatDuration\((?:planRoutine|routineDurationSec)|\.totalSec\)|routineDurationSec\(/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
