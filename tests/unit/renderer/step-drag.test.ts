import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../renderer/src/views/routines/step-drag';

describe('moveItem: a routine step dragged to another place', () => {
  const steps = ['a', 'b', 'c', 'd'];

  it('moves one step down or up, the others keeping their order', () => {
    expect(moveItem(steps, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(steps, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(steps, 1, 2)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('a drop on itself, or an index outside the list, changes nothing and never loses a step', () => {
    expect(moveItem(steps, 2, 2)).toEqual(steps);
    expect(moveItem(steps, 4, 0)).toEqual(steps);
    expect(moveItem(steps, 0, 4)).toEqual(steps);
    expect(moveItem(steps, -1, 1)).toEqual(steps);
    expect(steps).toEqual(['a', 'b', 'c', 'd']); // never changed in place
  });
});
