// The import is split into pieces in slices (issue 26: one JSON.parse of 20 MB held main for over
// 100 ms). What is accepted must be exactly what JSON.parse accepts, every piece bounded, and the
// work must give the event loop turns while it runs.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_RECORDS, MAX_PIECE_CHARS, splitExport } from '../../../../electron/transfer/common/export-pieces';
import { previewImport } from '../../../../electron/transfer/common/transfer';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';

const none = () => Promise.resolve(new Set<string>());

/** What splitExport found, put back together as JSON.parse would have returned it. */
async function joined(text: string): Promise<unknown> {
  const pieces = await splitExport(text);
  if (!pieces.ok) return pieces.problem;
  if (pieces.history === undefined) return pieces.top;
  // Records stay text until previewImport parses each one (at most MAX_PIECE_CHARS); do the same here.
  try {
    return { ...pieces.top, history: pieces.history.map((p) => JSON.parse(p) as unknown) };
  } catch {
    return 'not-json';
  }
}

describe('splitExport', () => {
  it.each([
    '{}',
    ' \n\t{ } \r\n',
    '{"app":"limber","format":1,"history":[]}',
    '{"history":[{"a":"}]\\"{["},[1,[2,{"b":null}]],"x",-1.5e3,true,false,null],"settings":{"k":"v\\\\"}}',
    '{"a":1,"a":2}',
    '{"history":"not a list"}',
    '{"history":[1],"history":[2,3]}',
    '{"history":[1],"history":{"x":1}}',
    '{"é😀":"\\u00e9"}',
  ])('reads %s as JSON.parse does', async (text) => {
    expect(await joined(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ['', 'not-json'],
    ['nope', 'not-json'],
    ['[1,2]', 'not-export'],
    ['"a string"', 'not-export'],
    ['{"a":1,}', 'not-json'],
    ['{"a" 1}', 'not-json'],
    ['{"a":1} x', 'not-json'],
    ['{"a":1}{"b":2}', 'not-json'],
    ['{"a":"unterminated}', 'not-json'],
    ['{"a":[}]}', 'not-json'],
    ['{"history":[1,,2]}', 'not-json'],
    ['{"history":[1 2]}', 'not-json'],
    ['{"history":[{"a":1]]}', 'not-json'],
    ['{"history":[tru]}', 'not-json'],
    ['{a:1}', 'not-json'],
    ['{"__proto__":{"polluted":true}}', 'forbidden-key'],
    ['{"constructor":1}', 'forbidden-key'],
  ])('refuses %j (%s)', async (text, problem) => {
    // JSON.parse agrees it is not valid JSON, or not an object, or it carries a forbidden key.
    expect(await joined(text)).toBe(problem);
    expect(({}) as Record<string, unknown>).not.toHaveProperty('polluted');
  });

  it('refuses any one piece longer than MAX_PIECE_CHARS, without scanning on to the end', async () => {
    const long = `{"history":[{"note":"${'x'.repeat(MAX_PIECE_CHARS)}"}]}`;
    expect(await joined(long)).toBe('piece-too-large');
    expect(await joined(`{"settings":${'['.repeat(MAX_PIECE_CHARS)}${']'.repeat(MAX_PIECE_CHARS)}}`)).toBe('piece-too-large');
    expect(await joined(`{"exportedAt":${'1'.repeat(MAX_PIECE_CHARS + 1)}}`)).toBe('piece-too-large');
    // Just under the limit is fine.
    expect(await joined(`{"history":["${'x'.repeat(MAX_PIECE_CHARS - 2)}"]}`)).toMatchObject({ history: ['x'.repeat(MAX_PIECE_CHARS - 2)] });
  });

  it('refuses more than MAX_IMPORT_RECORDS records', async () => {
    expect(await joined(`{"history":[${'0,'.repeat(MAX_IMPORT_RECORDS)}0]}`)).toBe('too-many-records');
  });

  it('a 20 MB import gives the event loop turns while it is checked (main answers IPC meanwhile)', async () => {
    const pain = (i: number) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, v: 1, at: '2026-11-24T09:00:00.000Z', kind: 'pain', rating: 3, when: 'after' });
    const history = Array.from({ length: 165_000 }, (_, i) => pain(i));
    const text = JSON.stringify({ app: 'limber', format: 1, history });
    expect(text.length).toBeGreaterThan(19 * 1024 * 1024);
    let turns = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    const result = await previewImport(text, DEFAULT_SETTINGS, none);
    counting = false;
    expect(result.ok && result.preview.newRecords).toBe(165_000);
    // One JSON.parse and one loop would give none; slices of at most 8 ms give dozens.
    expect(turns).toBeGreaterThan(10);
  });

  it('stops checking a file at 50 problems: a hostile file of bad records is refused without reading the rest', async () => {
    const bad = Array.from({ length: 1_000 }, (_, i) => `{"id":"x${i}","v":2}`);
    // Past the 50th problem: a record the check would refuse for its own reason, if it got there.
    bad.push('{"__proto__":{"polluted":true}}');
    const result = await previewImport(`{"app":"limber","format":1,"history":[${bad.join(',')}]}`, DEFAULT_SETTINGS, none);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(50);
    expect(result.errors[0]).toMatch(/^history\[0\]/);
  });
});
