import type { Exercise, Routine } from '../exercises/schema';
import { resolveSteps, type ResolvedStep } from '../exercises/routines';
import { buildPhases, type Phase, type PhaseKind } from './phases';

export type Cue =
  | { at: number; kind: 'tone'; tone: 'start' | 'half' | 'tick' | 'done' }
  | { at: number; kind: 'speak'; text: string };

export type EndReason = 'finished' | 'ended' | 'hurt';

export interface SessionView {
  phase: PhaseKind | 'finished';
  stepIndex: number;
  stepCount: number;
  exercise: Exercise;
  side: 1 | 2 | null;
  rep: number;
  reps: number;
  /** Side two is shown mirrored. */
  mirrored: boolean;
  remainingMs: number;
  durationMs: number;
  progress: number;
  paused: boolean;
  next: Exercise | null;
  /** The words for this moment: "Switch legs", "Next: …", "Get ready". */
  cueText: string;
}

export interface SessionSummary {
  routineId: string;
  routineName: string;
  startedAt: number;
  endedAt: number;
  completed: boolean;
  endReason: EndReason;
  steps: Array<{ exerciseId: string; sidesDone: 0 | 1 | 2; secondsHeld: number }>;
}

/**
 * A guided session as a pure state machine. Time comes in as a monotonic `now` (performance.now);
 * every phase runs to an absolute deadline, so nothing drifts or skips a second, and a pause
 * freezes the exact remaining milliseconds.
 */
export class Session {
  readonly steps: ResolvedStep[];
  readonly phases: Phase[];
  private index = 0;
  private deadline: number;
  private pausedRemaining: number | null = null;
  /** Cues up to this time have been handed out. */
  private cursor: number;
  private endReason: EndReason | null = null;
  private endedAt: number | null = null;
  private readonly held: number[];
  private readonly sidesHeld: Array<Set<number>>;

  constructor(
    readonly routine: Routine,
    now: number,
    readonly startedAt: number,
  ) {
    this.steps = resolveSteps(routine);
    this.phases = buildPhases(this.steps);
    this.deadline = now + this.phases[0]!.durationMs;
    this.cursor = now - 1;
    this.held = this.steps.map(() => 0);
    this.sidesHeld = this.steps.map(() => new Set<number>());
  }

  get finished(): boolean {
    return this.endReason !== null;
  }

  get paused(): boolean {
    return this.pausedRemaining !== null;
  }

  /** Process every phase change up to `now` (however long the gap) and return the cues due. */
  advance(now: number): Cue[] {
    if (this.finished || this.paused) return [];
    const cues: Cue[] = [];
    for (;;) {
      this.collectCues(this.cursor, Math.min(now, this.deadline - 1), cues);
      if (now < this.deadline) break;
      // The phase ran out: the next one starts exactly at the old deadline, not at `now`.
      const endedAt = this.deadline;
      this.leavePhase(0);
      if (this.index === this.phases.length - 1) {
        this.finish('finished', endedAt);
        cues.push({ at: endedAt, kind: 'tone', tone: 'done' }, { at: endedAt, kind: 'speak', text: 'Well done. Session complete.' });
        break;
      }
      this.index++;
      this.cursor = endedAt - 1;
      this.deadline = endedAt + this.current.durationMs;
    }
    this.cursor = Math.max(this.cursor, Math.min(now, this.deadline - 1));
    return cues;
  }

  pause(now: number): void {
    if (this.finished || this.paused) return;
    this.advance(now);
    if (this.finished) return;
    this.pausedRemaining = Math.max(0, this.deadline - now);
  }

  resume(now: number): void {
    if (this.pausedRemaining === null) return;
    this.deadline = now + this.pausedRemaining;
    // Cues up to the moment of pausing were handed out; that moment is `now` on the new timeline.
    this.cursor = now;
    this.pausedRemaining = null;
  }

  /** Skip to the next phase now. */
  next(now: number): Cue[] {
    if (this.finished) return [];
    const remaining = this.remaining(now);
    this.leavePhase(remaining);
    if (this.index === this.phases.length - 1) {
      this.finish('finished', now);
      return [{ at: now, kind: 'tone', tone: 'done' }];
    }
    this.enter(this.index + 1, now);
    return this.advance(now);
  }

  /** Back to the start of the current hold, or to the previous hold if this one just began. */
  back(now: number): Cue[] {
    if (this.finished) return [];
    const elapsed = this.current.durationMs - this.remaining(now);
    let target = this.index;
    if (this.current.kind !== 'hold' || elapsed < 2000) {
      target = this.index - 1;
      while (target > 0 && this.phases[target]!.kind !== 'hold') target--;
    }
    this.leavePhase(this.remaining(now));
    this.enter(Math.max(0, target), now);
    return this.advance(now);
  }

  end(now: number, reason: Exclude<EndReason, 'finished'>): void {
    if (this.finished) return;
    this.leavePhase(this.remaining(now));
    this.finish(reason, now);
  }

  view(now: number): SessionView {
    const phase = this.current;
    const step = this.steps[phase.stepIndex]!;
    const remainingMs = this.finished ? 0 : this.remaining(now);
    const nextStep = this.nextExercise();
    return {
      phase: this.finished ? 'finished' : phase.kind,
      stepIndex: phase.stepIndex,
      stepCount: this.steps.length,
      exercise: step.exercise,
      side: phase.side,
      rep: phase.rep,
      reps: step.exercise.reps,
      mirrored: phase.side === 2,
      remainingMs,
      durationMs: phase.durationMs,
      progress: this.finished ? 1 : Math.min(1, Math.max(0, 1 - remainingMs / phase.durationMs)),
      paused: this.paused,
      next: nextStep,
      cueText: this.cueText(phase, step.exercise),
    };
  }

  summary(): SessionSummary {
    return {
      routineId: this.routine.id,
      routineName: this.routine.name,
      startedAt: this.startedAt,
      endedAt: this.endedAt ?? this.startedAt,
      // Reaching the end by skipping every hold is not a completed session.
      completed: this.endReason === 'finished' && this.heldShare() >= 0.5,
      endReason: this.endReason ?? 'ended',
      steps: this.steps.map(({ exercise }, i) => ({
        exerciseId: exercise.id,
        sidesDone: Math.min(2, this.sidesHeld[i]!.size) as 0 | 1 | 2,
        secondsHeld: Math.round(this.held[i]! / 1000),
      })),
    };
  }

  /** Share of the routine's hold time actually held. */
  heldShare(): number {
    const planned = this.phases.filter((p) => p.kind === 'hold').reduce((a, p) => a + p.durationMs, 0);
    return planned === 0 ? 1 : this.held.reduce((a, b) => a + b, 0) / planned;
  }

  // ── internals ─────────────────────────────────────────────────
  private get current(): Phase {
    return this.phases[this.index]!;
  }

  private remaining(now: number): number {
    return this.pausedRemaining ?? Math.max(0, this.deadline - now);
  }

  private enter(index: number, now: number): void {
    this.index = index;
    this.deadline = now + this.current.durationMs;
    if (this.pausedRemaining !== null) this.pausedRemaining = this.current.durationMs;
    this.cursor = now - 1;
  }

  /** Credit the time held when a hold phase ends (naturally, skipped or ended). */
  private leavePhase(remaining: number): void {
    const phase = this.current;
    if (phase.kind !== 'hold') return;
    const heldMs = phase.durationMs - remaining;
    this.held[phase.stepIndex]! += heldMs;
    if (heldMs >= phase.durationMs / 2) this.sidesHeld[phase.stepIndex]!.add(phase.side ?? 1);
  }

  private finish(reason: EndReason, at: number): void {
    this.endReason = reason;
    this.endedAt = at;
    this.pausedRemaining = null;
  }

  private nextExercise(): Exercise | null {
    const upcoming = this.phases.slice(this.index + 1).find((p) => p.stepIndex !== this.current.stepIndex || p.kind === 'transition');
    return upcoming ? this.steps[upcoming.stepIndex]!.exercise : null;
  }

  private cueText(phase: Phase, exercise: Exercise): string {
    switch (phase.kind) {
      case 'get-ready':
        return `Get ready: ${exercise.name}`;
      case 'switch':
        return exercise.limb === 'leg' ? 'Switch legs' : 'Switch sides';
      case 'rest':
        return `Relax. Rep ${phase.rep} of ${exercise.reps} next`;
      case 'transition':
        return `Next: ${exercise.name}`;
      case 'hold':
        return phase.side ? `Side ${phase.side}` : exercise.reps > 1 ? `Rep ${phase.rep} of ${exercise.reps}` : 'Hold';
    }
  }

  /** Cues whose moment falls in (from, to] within the current phase. */
  private collectCues(from: number, to: number, out: Cue[]): void {
    if (to <= from) return;
    const phase = this.current;
    const start = this.deadline - phase.durationMs;
    const exercise = this.steps[phase.stepIndex]!.exercise;
    const at = (t: number, cue: Cue) => {
      if (t > from && t <= to) out.push(cue);
    };
    switch (phase.kind) {
      case 'get-ready':
        at(start, { at: start, kind: 'tone', tone: 'start' });
        at(start, { at: start, kind: 'speak', text: `Get ready. First: ${exercise.name}.` });
        break;
      case 'switch':
        at(start, { at: start, kind: 'speak', text: exercise.limb === 'leg' ? 'Switch legs' : 'Switch sides' });
        at(start, { at: start, kind: 'tone', tone: 'start' });
        break;
      case 'transition':
        at(start, { at: start, kind: 'speak', text: `Next: ${exercise.name}` });
        break;
      case 'rest':
        break;
      case 'hold': {
        at(start, { at: start, kind: 'tone', tone: 'start' });
        const half = start + phase.durationMs / 2;
        at(half, { at: half, kind: 'tone', tone: 'half' });
        if (phase.durationMs >= 20_000) {
          const ten = this.deadline - 10_000;
          at(ten, { at: ten, kind: 'speak', text: 'Ten seconds left' });
        }
        for (const s of [3, 2, 1]) {
          const t = this.deadline - s * 1000;
          if (t > start) at(t, { at: t, kind: 'tone', tone: 'tick' });
        }
        break;
      }
    }
  }
}
