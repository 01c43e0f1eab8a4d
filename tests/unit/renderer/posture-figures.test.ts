import { describe, expect, it } from 'vitest';
import { postureMessage } from '@electron/breaks/common/wording';
import { FIGURES } from '../../../renderer/src/illustrations/figures';
import { buildScene } from '../../../renderer/src/illustrations/scene';
import { postureFigureFor } from '../../../renderer/src/views/reminder/posture-figures';
import { t } from '@electron/i18n/common/translate';

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
      expect(figure).not.toBe(FIGURES['sit-tall-reset']);
      const [titleSays, pictureShows] = SHOWS.find(([t]) => t.test(title))!;
      expect(title).toMatch(titleSays);
      expect(t(figure.label)).toMatch(pictureShows);
      labels.add(t(figure.label));
    }
    expect(labels.size).toBe(SHOWS.length);
  });

  it('every cue picture can be drawn, with its arrow or eye line in the held position', () => {
    for (let i = 0; i < SHOWS.length; i++) {
      const scene = buildScene(postureFigureFor(postureMessage(i).title));
      expect(scene.parts.length).toBeGreaterThan(0);
      expect(scene.overlays.filter((o) => o.only === null || o.only === scene.still).length).toBeGreaterThan(0);
    }
  });

  it('a cue it does not know gets the plain sitting figure, not nothing', () => {
    expect(postureFigureFor('Posture check: unclench your jaw')).toBe(FIGURES['sit-tall-reset']);
  });
});
