import type { PlannedStep } from '../../exercises/common/plan';
import type { Exercise } from '../../exercises/common/schema';
import { t } from '../../i18n/common/translate';
import type { Phase } from './phases';

export type Cue =
  | { at: number; kind: 'tone'; tone: 'start' | 'half' | 'tick' | 'done' }
  | { at: number; kind: 'speak'; text: string };

/** What a side is called on screen and aloud: the catalogue's name for it ("Right over left"). */
export function sideLabel(exercise: Exercise, side: 1 | 2): string {
  return exercise.sideLabels?.[side - 1] ?? t('exercises.cue.side', { side });
}

/** The words on screen for a phase: "Switch legs", "Next: …", "Get ready: …". */
export function cueText(phase: Phase, { exercise, getUpCue }: PlannedStep): string {
  switch (phase.kind) {
    case 'get-ready':
      return t('exercises.cue.getReady', { name: exercise.name });
    case 'switch':
      return t(exercise.limb === 'leg' ? 'exercises.cue.switchLegs' : 'exercises.cue.switchSides');
    case 'rest':
      return t('exercises.cue.relaxRepNext', { rep: phase.rep, reps: exercise.reps });
    case 'transition':
      return t('exercises.cue.next', { name: exercise.name });
    case 'get-up':
      return getUpCue ?? t('exercises.cue.getUpSlowly');
    case 'hold':
      if (phase.side) return sideLabel(exercise, phase.side);
      if (exercise.reps > 1) return t('exercises.cue.rep', { rep: phase.rep, reps: exercise.reps });
      return t(exercise.position === 'walking' ? 'exercises.cue.keepWalking' : 'exercises.cue.hold');
  }
}

/** What an exercise with reps says as each rep begins and ends, when it names nothing of its own. */
export const defaultRepCues = (): { begin: string; end: string } => ({ begin: t('exercises.cue.repBegin'), end: t('exercises.cue.repEnd') });

/** The words said when changing sides: the move, how to get there, and the new side's name. */
export function switchLine(exercise: Exercise, to: 1 | 2): string {
  const move = t(exercise.limb === 'leg' ? 'exercises.say.switchLegs' : 'exercises.say.switchSides');
  return [move, exercise.switchCue, `${sideLabel(exercise, to)}.`].filter(Boolean).join(' ');
}

/** Instructions for this phase that the voice says and the screen must show too. */
export function phaseInstructions(phase: Phase, step: PlannedStep): string[] {
  switch (phase.kind) {
    case 'get-ready':
    case 'transition':
      return step.leadInCues;
    case 'switch':
      return step.exercise.switchCue ? [step.exercise.switchCue] : [];
    default:
      return [];
  }
}

/**
 * Cues whose moment falls in (from, to] within a phase ending at `deadline`. Every moment's words
 * fit before the next moment's (speech-budget.ts checks it for any routine): the lead-in is sized
 * to its reading (plan.ts), a hold gets only short lines.
 */
export function collectCues(phase: Phase, step: PlannedStep, deadline: number, from: number, to: number, out: Cue[]): void {
  const { exercise } = step;
  if (to <= from) return;
  const start = deadline - phase.durationMs;
  const found: Cue[] = [];
  const at = (t: number, cue: Cue) => {
    if (t > from && t <= to) found.push(cue);
  };
  const sayAt = (t: number, text: string) => at(t, { at: t, kind: 'speak', text });
  const speak = (text: string) => sayAt(start, text);
  // One line, not a word a second: a real synthesizer's start-up (0.1–0.4 s under load) made
  // "Two." run into "One." (tests/integration/speech.test.ts measured it).
  const countdown = () => {
    if (phase.durationMs >= 6000) sayAt(deadline - 3000, t('exercises.say.countdown'));
  };
  switch (phase.kind) {
    case 'get-ready':
      at(start, { at: start, kind: 'tone', tone: 'start' });
      step.leadInSpeech.forEach(speak);
      break;
    case 'switch':
      speak(switchLine(exercise, phase.side ?? 2));
      at(start, { at: start, kind: 'tone', tone: 'start' });
      countdown();
      break;
    case 'transition':
      step.leadInSpeech.forEach(speak);
      break;
    case 'get-up':
      if (step.getUpCue) speak(step.getUpCue);
      break;
    case 'rest':
      speak(t('exercises.say.rest'));
      break;
    case 'hold': {
      at(start, { at: start, kind: 'tone', tone: 'start' });
      const repCues = exercise.reps > 1 ? (exercise.repCues ?? defaultRepCues()) : null;
      const first = [phase.side === step.firstSide && phase.rep === 1 ? `${sideLabel(exercise, phase.side)}.` : '', repCues ? `${repCues.begin}.` : ''].filter(Boolean).join(' ');
      if (first) speak(first);
      if (repCues) {
        // "Hold" once the move is made, "Lower" two seconds before the end, in time with the ticks.
        const holdAt = start + 3000;
        const endAt = deadline - 2000;
        if (endAt - holdAt >= 1000) sayAt(holdAt, t('exercises.say.hold'));
        sayAt(endAt, `${repCues.end}.`);
      }
      const half = start + phase.durationMs / 2;
      at(half, { at: half, kind: 'tone', tone: 'half' });
      if (phase.durationMs >= 20_000) {
        const ten = deadline - 10_000;
        at(ten, { at: ten, kind: 'speak', text: t('exercises.say.tenSecondsLeft') });
      }
      for (const s of [3, 2, 1]) {
        const t = deadline - s * 1000;
        if (t > start) at(t, { at: t, kind: 'tone', tone: 'tick' });
      }
      break;
    }
  }
  // In time order (stable: a moment's lines keep theirs), however the span is sliced.
  out.push(...found.sort((a, b) => a.at - b.at));
}
