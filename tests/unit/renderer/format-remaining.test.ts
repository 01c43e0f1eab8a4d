import { describe, expect, it } from 'vitest';
import { formatRemaining } from '../../../renderer/src/format-remaining';

const s = 1000;
const min = 60 * s;

describe('formatRemaining', () => {
  it('shows whole minutes, rounded up, from ten minutes out', () => {
    expect(formatRemaining(45 * min)).toBe('45 min');
    expect(formatRemaining(44 * min + 1)).toBe('45 min');
    expect(formatRemaining(10 * min)).toBe('10 min');
    expect(formatRemaining(10 * min - s + 1)).toBe('10 min');
  });

  it('shows minutes and two-digit seconds below ten minutes', () => {
    expect(formatRemaining(10 * min - s)).toBe('9 min 59 s');
    expect(formatRemaining(4 * min + 5 * s)).toBe('4 min 05 s');
    expect(formatRemaining(60 * s)).toBe('1 min 00 s');
  });

  it('shows seconds alone in the last minute, counting a started second as whole', () => {
    expect(formatRemaining(59 * s)).toBe('59 s');
    expect(formatRemaining(44 * s + 1)).toBe('45 s');
    expect(formatRemaining(1)).toBe('1 s');
    expect(formatRemaining(0)).toBe('0 s');
  });

  it('changes text exactly when the whole second of remaining time changes', () => {
    expect(formatRemaining(9 * min + 30 * s)).toBe('9 min 30 s');
    expect(formatRemaining(9 * min + 29 * s + 1)).toBe('9 min 30 s');
    expect(formatRemaining(9 * min + 29 * s)).toBe('9 min 29 s');
  });
});
