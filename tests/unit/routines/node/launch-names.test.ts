import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownRoutineNamesAtLaunch } from '../../../../electron/routines/node/launch-names';
import { parseArgs, routineLookup } from '../../../../electron/cli/node/parse-args';
import { ROUTINES } from '../../../../electron/exercises/common/routines';
import { ownLibrary } from '../../../support/own-routines';

describe('limber --start with an own routine, by name or id', () => {
  it('reads the own routines from their file before the store opens; a bad file is "none"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limber-launch-'));
    expect(ownRoutineNamesAtLaunch(dir)).toEqual([]);
    await writeFile(join(dir, 'routines.json'), JSON.stringify(ownLibrary()));
    expect(ownRoutineNamesAtLaunch(dir)).toEqual([{ id: 'own-physio', name: 'My physio routine' }]);
    await writeFile(join(dir, 'routines.json'), '{"__proto__": {}}');
    expect(ownRoutineNamesAtLaunch(dir)).toEqual([]);
  });

  it('accepts a built-in id, an own id, and an own name in any case; refuses anything else, listing the choices', () => {
    const lookup = routineLookup(() => [...ROUTINES, { id: 'own-physio', name: 'My physio routine' }]);
    const started = (args: string[]) => {
      const parsed = parseArgs(args, lookup);
      return parsed.ok && parsed.request.command?.kind === 'start' ? parsed.request.command.routineId : parsed.ok ? null : parsed.error;
    };
    expect(started(['--start', 'sciatica-relief'])).toBe('sciatica-relief');
    expect(started(['--start', 'own-physio'])).toBe('own-physio');
    expect(started(['--start=my PHYSIO routine'])).toBe('own-physio');
    expect(started(['--start', 'Cartwheels'])).toContain('"My physio routine"');
  });
});
