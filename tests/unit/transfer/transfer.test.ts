import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../../electron/core/history/records';
import { DEFAULT_SETTINGS } from '../../../electron/core/settings/schema';
import { csvField, exportCsv, exportJson, previewImport } from '../../../electron/core/transfer/transfer';

const record: HistoryRecord = { id: '00000000-0000-4000-8000-000000000001', v: 1, at: '2026-11-24T09:00:00.000Z', kind: 'pain', rating: 4, when: 'after' };
const none = () => false;

describe('CSV export', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
  it('has a header and CRLF rows', () => {
    const csv = exportCsv([record]);
    const [header, row] = csv.split('\r\n');
    expect(header!.startsWith('id,kind,at,')).toBe(true);
    expect(row).toContain('pain');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('JSON import', () => {
  const exported = exportJson({ ...DEFAULT_SETTINGS, stretchIntervalMin: 50 }, [record], new Date('2026-11-24T10:00:00Z'));

  it('previews what would change and applies nothing itself', () => {
    const result = previewImport(exported, DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview).toEqual({ settingsChanges: [{ key: 'stretchIntervalMin', from: 45, to: 50 }], newRecords: 1, duplicateRecords: 0 });
    expect(result.apply.settings).toEqual({ stretchIntervalMin: 50 });
  });

  it('skips records already present', () => {
    const result = previewImport(exported, DEFAULT_SETTINGS, () => true);
    expect(result.ok && result.preview).toMatchObject({ newRecords: 0, duplicateRecords: 1 });
  });

  it.each([
    ['not JSON', 'nope', /not valid JSON/],
    ['another app', JSON.stringify({ app: 'other', format: 1 }), /not a Limber export/],
    ['a newer format', JSON.stringify({ app: 'limber', format: 2 }), /newer Limber/],
    ['prototype pollution', '{"app":"limber","format":1,"settings":{"__proto__":{"x":1}}}', /not allowed/],
  ])('rejects %s with a plain message', (_name, text, message) => {
    const result = previewImport(text, DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toMatch(message);
  });

  it('reports every invalid part with its path, and offers nothing to apply', () => {
    const bad = JSON.parse(exported) as { settings: Record<string, unknown>; history: Array<Record<string, unknown>> };
    bad.settings['stretchIntervalMin'] = 0;
    bad.history.push({ ...record, id: '00000000-0000-4000-8000-000000000002', rating: 11 });
    const result = previewImport(JSON.stringify(bad), DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('settings.stretchIntervalMin: Stretch break interval must be at least 10 minutes.');
    expect(result.errors.some((e) => e.startsWith('history[1].rating:'))).toBe(true);
  });

  it('rejects a file over 20 MB', () => {
    const result = previewImport(' '.repeat(20 * 1024 * 1024 + 1), DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(false);
  });
});
