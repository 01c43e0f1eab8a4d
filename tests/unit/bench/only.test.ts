import { describe, expect, it } from 'vitest';
import { stepFilter } from '../../../bench/only';

describe('BENCH_ONLY', () => {
  it('runs every step when unset or empty', () => {
    for (const only of [undefined, '', ' , ']) expect(stepFilter(only)('scheduler')).toBe(true);
  });

  it('runs only the steps whose names contain one of the comma-separated words', () => {
    const selected = stepFilter('renderer, memory');
    expect(['renderer fresh window', 'renderer player cost', 'memory', 'memory keep alive'].every(selected)).toBe(true);
    expect(['scheduler', 'heap', 'bundle size', 'cue lateness hidden'].some(selected)).toBe(false);
  });
});
