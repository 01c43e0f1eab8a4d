import { describe, expect, it } from 'vitest';
import { MB, privateBytes } from '../../../bench/renderer-process';

describe('privateBytes (bench renderer memory)', () => {
  it('reads a process’s private memory from /proc, and sees it grow by what the process writes', () => {
    const before = privateBytes(process.pid);
    expect(before).toBeGreaterThan(MB);
    const held = Buffer.alloc(64 * MB, 1); // written, so every page is private and dirty
    const after = privateBytes(process.pid);
    expect(after - before).toBeGreaterThan(56 * MB);
    expect(held.length).toBe(64 * MB);
  });

  it('throws when there is no such process', () => {
    expect(() => privateBytes(2 ** 30)).toThrow();
  });
});
