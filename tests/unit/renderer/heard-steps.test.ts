import { describe, expect, it } from 'vitest';
import { markStepsHeard, namesOnlyFor, STEPS_READ_SESSIONS, type CountStore } from '../../../renderer/src/views/session/heard-steps';

const memory = (initial: Record<string, string> = {}): CountStore & { data: Record<string, string> } => {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
};

describe('"steps once, then names only"', () => {
  it('reads an exercise\'s steps in its first sessions, then just its name', () => {
    const s = memory();
    for (let i = 0; i < STEPS_READ_SESSIONS; i++) {
      expect(namesOnlyFor(['bridge', 'core-brace'], true, s)).toEqual(new Set());
      markStepsHeard(['bridge'], s);
    }
    expect(namesOnlyFor(['bridge', 'core-brace'], true, s)).toEqual(new Set(['bridge']));
  });

  it('with the setting off, always reads the steps', () => {
    const s = memory();
    for (let i = 0; i < 5; i++) markStepsHeard(['bridge'], s);
    expect(namesOnlyFor(['bridge'], false, s)).toEqual(new Set());
  });

  it('a broken or hostile store means the steps are read, never an error', () => {
    expect(namesOnlyFor(['bridge'], true, memory({ 'limber.steps-heard': '{not json' }))).toEqual(new Set());
    expect(namesOnlyFor(['bridge'], true, memory({ 'limber.steps-heard': '{"bridge":"9"}' }))).toEqual(new Set());
    const full: CountStore = { getItem: () => null, setItem: () => { throw new Error('quota'); } };
    expect(() => markStepsHeard(['bridge'], full)).not.toThrow();
  });
});
