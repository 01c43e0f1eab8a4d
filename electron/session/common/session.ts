import { t } from '../../i18n/common/translate';
import type { Exercise, Routine } from '../../exercises/common/schema';
import { planRoutine, type PlanOptions, type PlannedStep } from '../../exercises/common/plan';
import { collectCues, cueText, phaseInstructions, sideLabel, type Cue } from './cues';
import { buildPhases, LEAD_IN_PHASES, type Phase, type PhaseKind, type PhaseOptions } from './phases';

export type SessionOptions = PlanOptions & PhaseOptions;

export type { Cue } from './cues';

/** What a session that runs to its end says then: the same whether handed out or looked ahead at. */
const finishCues = (at: number): Cue[] => [
  { at, kind: 'tone', tone: 'done' },
  { at, kind: 'speak', text: t('exercises.say.sessionComplete') },
];

export type EndReason = 'finished' | 'ended' | 'hurt';

export interface SessionView {
  phase: PhaseKind | 'finished';
  stepIndex: number;
  stepCount: number;
  exercise: Exercise;
  side: 1 | 2 | null;
  rep: number;
  reps: number;
  /** The left side (the catalogue's side two) is shown mirrored. */
  mirrored: boolean;
  /** What this side is called ("Right over left"), for sided exercises. */
  sideLabel: string | null;
  /** A phase before a hold: "Ready" starts the hold at once. */
  leadIn: boolean;
  remainingMs: number;
  durationMs: number;
  progress: number;
  paused: boolean;
  next: Exercise | null;
  /** The words for this moment: "Switch legs", "Next: …", "Get ready". */
  cueText: string;
  /** What the voice says to do in this phase beyond the steps (getting down, fetching a towel): shown too. */
  instructions: string[];
  /** A lead-in whose words are done, waiting for "Ready" (floor mode). */
  waiting: boolean;
  /** While waiting: ms until the hold starts by itself (null: only on "Ready"). */
  autoStartInMs: number | null;
  /** What comes after this phase, announced ahead ("Left over right", "Next: Gentle bridge"); null at the end. */
  upNext: string | null;
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
  readonly steps: PlannedStep[];
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
    options: SessionOptions = {},
  ) {
    this.steps = planRoutine(routine, options).steps;
    this.phases = buildPhases(this.steps, options);
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
      collectCues(this.current, this.steps[this.current.stepIndex]!, this.deadline, this.cursor, Math.min(now, this.deadline - 1), cues);
      // A lead-in that waits runs on past its deadline (at 0) until "Ready" or its own start time.
      const endedAt = this.deadline + (this.current.waitMs ?? 0);
      if (now < endedAt) break;
      // The phase ran out: the next one starts exactly at the old deadline, not at `now`.
      this.leavePhase(0);
      if (this.index === this.phases.length - 1) {
        this.finish('finished', endedAt);
        cues.push(...finishCues(endedAt));
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
      sideLabel: phase.side ? sideLabel(step.exercise, phase.side) : null,
      leadIn: !this.finished && LEAD_IN_PHASES.has(phase.kind),
      remainingMs,
      durationMs: phase.durationMs,
      progress: this.finished ? 1 : Math.min(1, Math.max(0, 1 - remainingMs / phase.durationMs)),
      paused: this.paused,
      next: nextStep,
      cueText: cueText(phase, step),
      instructions: phaseInstructions(phase, step),
      waiting: !this.finished && phase.waitMs !== undefined && remainingMs === 0,
      autoStartInMs: phase.waitMs !== undefined && Number.isFinite(phase.waitMs) ? Math.max(0, this.deadline + phase.waitMs - now) : null,
      upNext: this.upNext(),
    };
  }

  /**
   * The cues due in (now, until] if nobody touches the controls, without handing them out: lets
   * tones be scheduled ahead on the audio clock, so they sound on time when timers are throttled.
   */
  upcoming(now: number, until: number): Cue[] {
    if (this.finished || this.paused) return [];
    const cues: Cue[] = [];
    let from = Math.max(now, this.cursor);
    let deadline = this.deadline;
    for (let index = this.index; index < this.phases.length && from < until; index++) {
      const phase = this.phases[index]!;
      collectCues(phase, this.steps[phase.stepIndex]!, deadline, from, Math.min(until, deadline - 1), cues);
      const end = deadline + (phase.waitMs ?? 0);
      if (until < end) break;
      if (index === this.phases.length - 1) cues.push(...finishCues(end));
      from = end - 1;
      deadline = end + (this.phases[index + 1]?.durationMs ?? 0);
    }
    return cues;
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

  private upNext(): string | null {
    const next = this.phases[this.index + 1];
    if (!next) return null;
    const step = this.steps[next.stepIndex]!;
    if (next.kind === 'hold' && next.side) return sideLabel(step.exercise, next.side);
    return cueText(next, step);
  }

  private nextExercise(): Exercise | null {
    const upcoming = this.phases.slice(this.index + 1).find((p) => p.stepIndex !== this.current.stepIndex || p.kind === 'transition');
    return upcoming ? this.steps[upcoming.stepIndex]!.exercise : null;
  }
}
