import type { FigureSpec } from './figure-spec';
import { FLOOR_FIGURES } from './poses-floor';
import { UPRIGHT_FIGURES } from './poses-upright';

/** Every exercise's figure, by exercise id. */
export const FIGURES: Readonly<Record<string, FigureSpec>> = { ...FLOOR_FIGURES, ...UPRIGHT_FIGURES };
