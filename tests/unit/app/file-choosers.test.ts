// Each import asks its own question: a shared routine is chosen in a dialog titled and filtered for
// routines, an export of all data in the export's own (electron/main/open-file.ts), never the other.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/app/create-services';
import { publishLibrary } from '../../../electron/routines/common/to-catalogue';
import { emptyLibrary } from '../../../electron/routines/common/own-schema';
import { testServiceOptions } from '../../support/fake-desk';

const running: Services[] = [];
afterEach(() => {
  for (const s of running.splice(0)) s.dispose();
  publishLibrary(emptyLibrary());
});

it('a routine import asks the routine chooser, a data import the export chooser', async () => {
  const asked: string[] = [];
  const services = await createServices({
    ...(await testServiceOptions()),
    userDataDir: await mkdtemp(join(tmpdir(), 'limber-choosers-')),
    chooseImportFile: () => (asked.push('export'), Promise.resolve(null)),
    chooseShareFile: () => (asked.push('routine'), Promise.resolve(null)),
  });
  running.push(services);
  await services.dispatch('routines:preview-import', []);
  expect(asked).toEqual(['routine']);
  await services.dispatch('history:preview-import', []);
  expect(asked).toEqual(['routine', 'export']);
});
