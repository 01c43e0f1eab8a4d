import { describe, expect, it } from 'vitest';
import { FIGURES, figureIdOf } from '../../../renderer/src/illustrations/figures';
import { POSE_IDS } from '../../../electron/exercises/common/schema';

describe('figures for own exercises (issue 24)', () => {
  it('every pose an own exercise may pick is a figure Limber draws', () => {
    for (const pose of POSE_IDS) expect(FIGURES[pose], pose).toBeDefined();
  });

  it('an own exercise is drawn with its chosen pose; the catalogue’s with their own', () => {
    expect(figureIdOf({ id: 'own-knee', picture: { kind: 'pose', pose: 'bridge' } })).toBe('bridge');
    expect(figureIdOf({ id: 'own-knee', picture: { kind: 'image' } })).toBe('own-knee');
    expect(figureIdOf({ id: 'hamstring-seated' })).toBe('hamstring-seated');
  });
});
