import { describe, expect, it } from 'vitest';
import { postureMessage } from '../../../electron/core/breaks/wording';
import { POSES } from '../../../renderer/src/illustrations/poses';
import { postureFigureFor } from '../../../renderer/src/views/reminder/posture-figures';

// Each posture cue's picture shows what its words say, whatever order core keeps the cues in.
const SHOWS: Array<[RegExp, RegExp]> = [
  [/sit back/i, /back/i],
  [/feet flat/i, /feet flat/i],
  [/shoulders down/i, /shoulders/i],
  [/screen at eye level/i, /screen at eye height/i],
];

describe('posture cue pictures', () => {
  it('every cue core sends has its own picture, matching its words', () => {
    const labels = new Set<string>();
    for (let i = 0; i < SHOWS.length; i++) {
      const { title } = postureMessage(i);
      const figure = postureFigureFor(title);
      expect(figure).not.toBe(POSES['sit-tall-reset']);
      const [titleSays, pictureShows] = SHOWS.find(([t]) => t.test(title))!;
      expect(title).toMatch(titleSays);
      expect(figure.label).toMatch(pictureShows);
      labels.add(figure.label);
    }
    expect(labels.size).toBe(SHOWS.length);
  });

  it('a cue it does not know gets the plain sitting figure, not nothing', () => {
    expect(postureFigureFor('Posture check: unclench your jaw')).toBe(POSES['sit-tall-reset']);
  });
});
