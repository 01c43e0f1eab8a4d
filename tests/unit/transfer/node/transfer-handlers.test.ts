import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../../electron/history/node/history-store';
import { createTransferHandlers } from '../../../../electron/transfer/node/transfer-handlers';
import { joinChunks } from '../../../../electron/transfer/common/csv';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';
import { historyDir, readAll } from '../../history/node/helpers';

const today = new Date('2026-11-24T15:00:00');

async function setup() {
  const dir = await historyDir();
  const history = await openHistory(dir, () => today);
  const settings = await openSettings(dir, confBackend, today);
  const saved: string[] = [];
  // The open dialog's stand-in: the next file "chosen" (null: cancelled), written into the test's folder.
  let chosen: string | null = null;
  const handlers = createTransferHandlers({
    history,
    settings,
    now: () => today,
    saveFile: async (_name, content) => (saved.push(await joinChunks(content)) ? '/tmp/export' : null),
    chooseImportFile: () => Promise.resolve(chosen),
  });
  const choose = async (content: string | null) => {
    if (content === null) chosen = null;
    else await writeFile((chosen = join(dir, 'chosen.json')), content);
  };
  return { history, settings, handlers, saved, choose };
}

describe('export and import through the handlers', () => {
  it('exports what is in the file, and a re-import adds nothing twice', async () => {
    const { handlers, saved, history, choose } = await setup();
    await history.append({ kind: 'walk', minutes: 10 });
    expect(await handlers['history:export']('json')).toBe('/tmp/export');
    expect(await handlers['history:export']('csv')).toBe('/tmp/export');
    expect(saved[1]!.split('\r\n')).toHaveLength(3); // header, one row, final CRLF
    await choose(saved[0]!);
    const preview = await handlers['history:preview-import']();
    expect(preview?.ok && preview.preview).toMatchObject({ newRecords: 0, duplicateRecords: 1 });
    if (!preview?.ok) return;
    expect(await handlers['history:apply-import'](preview.token)).toEqual({ settingsChanged: 0, recordsAdded: 0, ownAdded: 0 });
    expect(await readAll(history)).toHaveLength(1);
  });

  it('applies records, then settings re-checked against the settings as they are now', async () => {
    const { handlers, settings, history, choose } = await setup();
    const file = JSON.stringify({
      app: 'limber',
      format: 1,
      settings: { walkingPlan: { unit: 'mi', startDaily: 1, target: 2, startedOn: '2026-11-01' } },
      history: [{ id: '00000000-0000-4000-8000-000000000001', v: 1, at: '2026-11-24T09:00:00.000Z', kind: 'walk', minutes: 5 }],
    });
    await choose(file);
    const preview = await handlers['history:preview-import']();
    expect(preview?.ok).toBe(true);
    if (!preview?.ok) return;
    // Meanwhile another setting changes; the import's patch is checked again and still applies.
    expect(settings.update({ stretchRoutineId: 'sciatica-relief' }).ok).toBe(true);
    expect(await handlers['history:apply-import'](preview.token)).toEqual({ settingsChanged: 1, recordsAdded: 1, ownAdded: 0 });
    expect(await readAll(history)).toHaveLength(1);
  });

  it('a cancelled dialog previews nothing and leaves nothing to apply', async () => {
    const { handlers, choose } = await setup();
    await choose(JSON.stringify({ app: 'limber', format: 1, history: [] }));
    const first = await handlers['history:preview-import']();
    expect(first?.ok).toBe(true);
    await choose(null);
    expect(await handlers['history:preview-import']()).toBeNull();
    // The earlier preview is still the one pending; a cancel does not apply or drop anything by itself.
    if (first?.ok) expect(await handlers['history:apply-import'](first.token)).toEqual({ settingsChanged: 0, recordsAdded: 0, ownAdded: 0 });
  });

  it('a chosen file main cannot take is refused with its reason, and nothing is pending', async () => {
    const { handlers, choose } = await setup();
    await choose('{"app":"limber","format":1,"history":[');
    expect(await handlers['history:preview-import']()).toEqual({ ok: false, errors: ['The file is not valid JSON.'] });
  });
});
