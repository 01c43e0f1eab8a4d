import type { PlannedStep } from '../../exercises/common/plan';
import type { Exercise } from '../../exercises/common/schema';
import type { Phase } from './phases';

export type Cue =
  | { at: number; kind: 'tone'; tone: 'start' | 'half' | 'tick' | 'done' }
  | { at: number; kind: 'speak'; text: string };

/** What a side is called on screen and aloud: the catalogue's name for it ("Right over left"). */
export function sideLabel(exercise: Exercise, side: 1 | 2): string {
  return exercise.sideLabels?.[side - 1] ?? `Side ${side}`;
}

/** The words on screen for a phase: "Switch legs", "Next: …", "Get ready: …". */
export function cueText(phase: Phase, { exercise, getUpCue }: PlannedStep): string {
  switch (phase.kind) {
    case 'get-ready':
      return `Get ready: ${exercise.name}`;
    case 'switch':
      return exercise.limb === 'leg' ? 'Switch legs' : 'Switch sides';
    case 'rest':
      return `Relax. Rep ${phase.rep} of ${exercise.reps} next`;
    case 'transition':
      return `Next: ${exercise.name}`;
    case 'get-up':
      return getUpCue ?? 'Get up slowly';
    case 'hold':
      if (phase.side) return sideLabel(exercise, phase.side);
      if (exercise.reps > 1) return `Rep ${phase.rep} of ${exercise.reps}`;
      return exercise.position === 'walking' ? 'Keep walking' : 'Hold';
  }
}

/** Cues whose moment falls in (from, to] within a phase ending at `deadline`. */
export function collectCues(phase: Phase, step: PlannedStep, deadline: number, from: number, to: number, out: Cue[]): void {
  const { exercise } = step;
  if (to <= from) return;
  const start = deadline - phase.durationMs;
  const at = (t: number, cue: Cue) => {
    if (t > from && t <= to) out.push(cue);
  };
  const speak = (text: string) => at(start, { at: start, kind: 'speak', text });
  switch (phase.kind) {
    case 'get-ready':
      at(start, { at: start, kind: 'tone', tone: 'start' });
      speak(`Get ready. First: ${exercise.name}.`);
      [...step.leadInCues, ...exercise.steps].forEach(speak);
      break;
    case 'switch':
      speak(`${exercise.limb === 'leg' ? 'Switch legs' : 'Switch sides'}. ${sideLabel(exercise, 2)}.`);
      at(start, { at: start, kind: 'tone', tone: 'start' });
      break;
    case 'transition':
      speak(`Next: ${exercise.name}.`);
      [...step.leadInCues, ...exercise.steps].forEach(speak);
      break;
    case 'get-up':
      if (step.getUpCue) speak(step.getUpCue);
      break;
    case 'rest':
      break;
    case 'hold': {
      at(start, { at: start, kind: 'tone', tone: 'start' });
      if (phase.side === 1 && phase.rep === 1) speak(`${sideLabel(exercise, 1)}.`);
      const half = start + phase.durationMs / 2;
      at(half, { at: half, kind: 'tone', tone: 'half' });
      if (phase.durationMs >= 20_000) {
        const ten = deadline - 10_000;
        at(ten, { at: ten, kind: 'speak', text: 'Ten seconds left' });
      }
      for (const s of [3, 2, 1]) {
        const t = deadline - s * 1000;
        if (t > start) at(t, { at: t, kind: 'tone', tone: 'tick' });
      }
      break;
    }
  }
}
