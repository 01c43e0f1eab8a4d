import type { FigureSpec } from './figure-spec';
import { FLOOR_FIGURES } from './poses-floor';
import { UPRIGHT_FIGURES } from './poses-upright';

/** Every exercise's figure, by exercise id. */
/** The figure an exercise is drawn with: an own exercise's chosen pose, else its own id's figure. */
export const figureIdOf = (exercise: { id: string; picture?: { kind: string; pose?: string } }): string =>
  exercise.picture?.kind === 'pose' && exercise.picture.pose ? exercise.picture.pose : exercise.id;

export const FIGURES: Readonly<Record<string, FigureSpec>> = { ...FLOOR_FIGURES, ...UPRIGHT_FIGURES };
