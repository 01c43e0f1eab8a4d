import type { MessageKey } from '../../i18n/common/generated/keys';
import { t } from '../../i18n/common/translate';
import type { Exercise, Routine } from './schema';

/**
 * The catalogue is written with message keys where the words go (exercises.json holds the words in
 * each language); this is the one place they become words. Every text field is a getter that asks
 * `t()` when it is read, not when the module loads: main imports the catalogue before it knows its
 * language, and the window loads its catalogue of words after the modules. Getters are enumerable
 * (object-literal getters), so spreading, JSON and structured cloning see plain words.
 *
 * The keys are literal `MessageKey`s in the catalogue files, so a key that does not exist fails the
 * type check and a search for a key's text finds where it is used.
 */
type Keys<T> = {
  [K in keyof T]: T[K] extends string ? MessageKey : T[K] extends readonly string[] ? MessageKey[] : T[K];
};

export type ExerciseSource = Omit<Exercise, 'name' | 'summary' | 'steps' | 'cues' | 'feel' | 'stopIf' | 'sideLabels' | 'setup' | 'switchCue' | 'repCues'> &
  Keys<Pick<Exercise, 'name' | 'summary' | 'steps' | 'cues' | 'feel' | 'stopIf'>> & {
    sideLabels?: [MessageKey, MessageKey];
    setup: Omit<Exercise['setup'], 'prepare'> & { prepare?: MessageKey };
    switchCue?: MessageKey;
    repCues?: { begin: MessageKey; end: MessageKey };
  };

export type RoutineSource = Omit<Routine, 'name' | 'description' | 'where' | 'logsWalk'> & {
  name: MessageKey;
  description: MessageKey;
  where: MessageKey;
  logsWalk?: boolean;
};

/**
 * The schema checks the entries as strings; the entries were typed with MessageKey when written,
 * so this is the one narrowing back (catalogue-check.ts checks the key shape with ExerciseSourceSchema).
 */
const say = (key: string): string => t(key as MessageKey);
const sayAll = (keys: readonly string[]): string[] => keys.map(say);

export function localizeExercise(source: Exercise): Exercise {
  const { setup } = source;
  return {
    id: source.id,
    position: source.position,
    holdSec: source.holdSec,
    sides: source.sides,
    limb: source.limb,
    reps: source.reps,
    gentle: source.gentle,
    source: source.source,
    switchSec: source.switchSec,
    get name() {
      return say(source.name);
    },
    get summary() {
      return say(source.summary);
    },
    get steps() {
      return sayAll(source.steps);
    },
    get cues() {
      return sayAll(source.cues);
    },
    get feel() {
      return say(source.feel);
    },
    get stopIf() {
      return sayAll(source.stopIf);
    },
    get sideLabels(): [string, string] | undefined {
      return source.sideLabels && [say(source.sideLabels[0]), say(source.sideLabels[1])];
    },
    setup: {
      needs: setup.needs,
      extraLeadInSec: setup.extraLeadInSec,
      get prepare() {
        return setup.prepare === undefined ? undefined : say(setup.prepare);
      },
    },
    get switchCue() {
      return source.switchCue === undefined ? undefined : say(source.switchCue);
    },
    get repCues() {
      return source.repCues && { begin: say(source.repCues.begin), end: say(source.repCues.end) };
    },
  };
}

export function localizeRoutine(source: Routine): Routine {
  return {
    id: source.id,
    steps: source.steps,
    logsWalk: source.logsWalk,
    get name() {
      return say(source.name);
    },
    get description() {
      return say(source.description);
    },
    get where() {
      return say(source.where);
    },
  };
}

/**
 * The catalogue writes every two-sided exercise starting on the right: side 1 is the right
 * ("Right over left", "Right leg"), side 2 the left (a test holds every exercise to it).
 */
export const RIGHT_SIDE = 1;
export const LEFT_SIDE = 2;

/**
 * The active language's words for the two sides, as pairs that swap ("rechte|linke, rechts|links"):
 * a translator lists every form the language's sentences use (docs/translating.md).
 */
function swapTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const pair of t('exercises.sides.swapWords').split(',')) {
    const [a, b] = pair.split('|').map((w) => w.trim());
    if (!a || !b) continue;
    table.set(a, b);
    table.set(b, a);
  }
  return table;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A sentence that names both sides ("cross your right leg over your left") told the other way
 * round. Sentences naming one side only are left alone: "right" there may not be a side ("right away").
 */
export function otherWayRound(text: string): string {
  const table = swapTable();
  if (table.size === 0) return text;
  const word = new RegExp(`(?<![\\p{L}])(${[...table.keys()].map(escape).join('|')})(?![\\p{L}])`, 'gu');
  return text.replace(/[^.!?]+[.!?]*/g, (sentence) => {
    const found = new Set([...sentence.matchAll(word)].map((m) => m[1]!));
    const namesBoth = [...found].some((w) => found.has(table.get(w)!));
    return namesBoth ? sentence.replace(word, (w) => table.get(w)!) : sentence;
  });
}

/** The exercise as done starting on `side`: its steps and summary name that side first. */
export function startingOn(exercise: Exercise, side: 1 | 2): Exercise {
  if (exercise.sides !== 2 || side === RIGHT_SIDE) return exercise;
  return { ...exercise, summary: otherWayRound(exercise.summary), steps: exercise.steps.map(otherWayRound), cues: exercise.cues.map(otherWayRound) };
}
