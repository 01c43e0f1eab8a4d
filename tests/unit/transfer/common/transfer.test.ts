import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../../../electron/history/common/records';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';
import { csvField, exportCsv, exportCsvChunks, ROWS_PER_CHUNK } from '../../../../electron/transfer/common/csv';
import { exportJson, exportJsonChunks } from '../../../../electron/transfer/common/export-json';
import { previewImport } from '../../../../electron/transfer/common/transfer';

const record: HistoryRecord = { id: '00000000-0000-4000-8000-000000000001', v: 1, at: '2026-11-24T09:00:00.000Z', kind: 'pain', rating: 4, when: 'after' };
const none = () => Promise.resolve(new Set<string>());
const all = (ids: readonly string[]) => Promise.resolve(new Set(ids));
const session = (routineName: string): HistoryRecord => ({
  id: '00000000-0000-4000-8000-000000000009', v: 1, at: '2026-11-24T09:00:00.000Z', kind: 'session', routineId: 'quick-desk-stretch', routineName,
  startedAt: '2026-11-24T09:00:00.000Z', endedAt: '2026-11-24T09:03:00.000Z', completed: true, endReason: 'finished',
  steps: [{ exerciseId: 'sit-tall-reset', sidesDone: 1, secondsHeld: 30 }],
});

describe('CSV export', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('has a header and CRLF rows', async () => {
    const csv = await exportCsv([record]);
    const [header, row] = csv.split('\r\n');
    expect(header!.startsWith('id,kind,at,')).toBe(true);
    expect(row).toContain('pain');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['=', "=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['+', '+1+2', `"'+1+2"`],
    ['-', '-2+3', `"'-2+3"`],
    ['@', '@SUM(A1)', `"'@SUM(A1)"`],
    ['tab', '\t=1', `"'\t=1"`],
    ['carriage return', '\r=1', `"'\r=1"`],
    ['= with a quote inside', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ])('neutralises text starting with %s (OWASP: leading quote, quoted cell)', (_name, text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it('leaves numbers and booleans the app writes as numbers', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0)).toBe('0');
    expect(csvField(true)).toBe('true');
    expect(csvField('a-b=c')).toBe('a-b=c'); // only the first character matters
  });

  it('an imported routine name cannot become a formula in the exported file', async () => {
    const csv = await exportCsv([session("=cmd|' /C calc'!A0")]);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`,"'=cmd|' /C calc'!A0",`);
    expect(row.split(',').some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });
});

describe('exports in chunks (never the whole history in one string)', () => {
  const many = (n: number): HistoryRecord[] => Array.from({ length: n }, (_, i) => ({ ...record, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
  /** A history that counts how many records have been read from it. */
  function counted(records: HistoryRecord[]) {
    const source = {
      pulled: 0,
      async *[Symbol.asyncIterator]() {
        for (const r of records) {
          source.pulled++;
          // As the history file's reader does: each record arrives after an await.
          yield await Promise.resolve(r);
        }
      },
    };
    return source;
  }

  it.each([
    ['JSON', (s: AsyncIterable<HistoryRecord>) => exportJsonChunks(DEFAULT_SETTINGS, s, new Date('2026-11-24T10:00:00Z'))],
    ['CSV', (s: AsyncIterable<HistoryRecord>) => exportCsvChunks(s)],
  ] as const)('%s: a chunk is ready after at most ROWS_PER_CHUNK records have been read', async (_name, chunksOf) => {
    const source = counted(many(ROWS_PER_CHUNK * 3 + 7));
    const chunks = chunksOf(source);
    let seen = 0;
    for await (const _chunk of chunks) {
      seen++;
      expect(source.pulled).toBeLessThanOrEqual(seen * ROWS_PER_CHUNK);
    }
    expect(seen).toBeGreaterThanOrEqual(4);
  });

  it('the chunks join into the one valid export, empty or long', async () => {
    for (const records of [[], many(1), many(ROWS_PER_CHUNK * 2 + 1)]) {
      const text = await exportJson(DEFAULT_SETTINGS, records, new Date('2026-11-24T10:00:00Z'));
      expect((JSON.parse(text) as { history: unknown[] }).history).toEqual(records);
    }
  });
});

describe('JSON import', () => {
  const exportOf = (settings = { ...DEFAULT_SETTINGS, stretchIntervalMin: 50 }, records: HistoryRecord[] = [record]) =>
    exportJson(settings, records, new Date('2026-11-24T10:00:00Z'));

  it('previews what would change and applies nothing itself', async () => {
    const result = await previewImport(await exportOf(), DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview).toEqual({
      settingsChanges: [{ key: 'stretchIntervalMin', from: 45, to: 50 }],
      systemEffects: [],
      newRecords: 1,
      duplicateRecords: 0,
      repeatedInFile: 0,
      own: null,
    });
    expect(result.apply.settings).toEqual({ stretchIntervalMin: 50 });
  });

  it('an export re-imports: the JSON is valid and round-trips every record', async () => {
    const records = [record, session('Quick desk stretch')];
    const text = await exportOf(DEFAULT_SETTINGS, records);
    const result = await previewImport(text, DEFAULT_SETTINGS, none);
    expect(result.ok && result.apply.records).toEqual(records);
  });

  it('skips records already present', async () => {
    const result = await previewImport(await exportOf(), DEFAULT_SETTINGS, all);
    expect(result.ok && result.preview).toMatchObject({ newRecords: 0, duplicateRecords: 1 });
  });

  it('adds a record repeated within one file once', async () => {
    const text = await exportOf(DEFAULT_SETTINGS, [record, record, { ...record }]);
    const result = await previewImport(text, DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview).toMatchObject({ newRecords: 1, duplicateRecords: 0, repeatedInFile: 2 });
    expect(result.apply.records).toHaveLength(1);
  });

  it.each([
    ['a routine that does not exist', { stretchRoutineId: 'no-such-routine' }, 'settings.stretchRoutineId: Choose one of the routines.'],
    ['a global shortcut that takes Ctrl+C from every app', { focusShortcut: 'Control+C' }, /^settings\.focusShortcut: Ctrl\+C would take that key/],
  ])('refuses %s, as the settings screen does', async (_name, patch, message) => {
    const result = await previewImport(await exportOf({ ...DEFAULT_SETTINGS, ...patch }), DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => (typeof message === 'string' ? e === message : message.test(e)))).toBe(true);
  });

  it('lists system-wide effects for the user to confirm', async () => {
    const shortcuts = { focusShortcut: 'Control+Alt+Shift+K', startShortcut: 'Ctrl+Shift+F1' };
    const text = await exportOf({ ...DEFAULT_SETTINGS, startAtLogin: true, ...shortcuts });
    const result = await previewImport(text, DEFAULT_SETTINGS, none);
    expect(result.ok && result.preview.systemEffects).toEqual([
      'turns on start at login',
      'sets the focus-mode shortcut Control+Alt+Shift+K, taken from every other app while Limber runs',
      'sets the start-session shortcut Ctrl+Shift+F1, taken from every other app while Limber runs',
    ]);
  });

  it.each(['Control+C', 'Control+V', 'Alt+F4', 'Super+L', 'Shift+A'])(
    'refuses an import whose start-session shortcut is %s, and offers nothing to apply',
    async (accelerator) => {
      const result = await previewImport(await exportOf({ ...DEFAULT_SETTINGS, startShortcut: accelerator }), DEFAULT_SETTINGS, none);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join(' ')).toMatch(/^settings\.startShortcut: .* would take that key/);
    },
  );

  it.each([
    ['not JSON', 'nope', /not valid JSON/],
    ['another app', JSON.stringify({ app: 'other', format: 1 }), /not a Limber export/],
    ['a newer format', JSON.stringify({ app: 'limber', format: 2 }), /newer Limber/],
    ['prototype pollution', '{"app":"limber","format":1,"settings":{"__proto__":{"x":1}}}', /not allowed/],
  ])('rejects %s with a plain message', async (_name, text, message) => {
    const result = await previewImport(text, DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toMatch(message);
  });

  it('reports every invalid part with its path, and offers nothing to apply', async () => {
    const bad = JSON.parse(await exportOf()) as { settings: Record<string, unknown>; history: Array<Record<string, unknown>> };
    bad.settings['stretchIntervalMin'] = 0;
    bad.history.push({ ...record, id: '00000000-0000-4000-8000-000000000002', rating: 11 });
    const result = await previewImport(JSON.stringify(bad), DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('settings.stretchIntervalMin: Stretch break interval must be at least 10 minutes.');
    expect(result.errors.some((e) => e.startsWith('history[1].rating:'))).toBe(true);
  });

  it('rejects a file over 20 MB', async () => {
    const result = await previewImport(' '.repeat(20 * 1024 * 1024 + 1), DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(false);
  });
});
