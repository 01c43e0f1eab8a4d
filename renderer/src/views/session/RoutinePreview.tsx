import { useState } from 'preact/hooks';
import { EXERCISES } from '@electron/exercises/common/catalogue';
import { planRoutine } from '@electron/exercises/common/plan';
import { formatDuration } from '@electron/exercises/common/routines';
import type { Position, Routine } from '@electron/exercises/common/schema';
import { offerContext, swapOptions, type LeftOutStep } from '@electron/safety/common/offer';
import type { Settings } from '@electron/settings/common/schema';
import { api } from '../../api';
import { bringBack } from '../safety/LeftOutCard';
import { Figure } from '../../illustrations/Figure';
import './RoutinePreview.css';

interface Props {
  /** The routine as offered to this person now (steps left out are in `leftOut`). */
  routine: Routine;
  leftOut: LeftOutStep[];
  settings: Pick<Settings, 'flareUpSince' | 'screening' | 'leftOutExercises'>;
  /** The routine stretch reminders start now. */
  reminderRoutineId: string;
  /** Start this routine, as adjusted here for this session. */
  onStart: (routine: Routine) => void;
}

const WHERE: Record<Position, string> = { floor: 'on the floor', seated: 'at your desk', standing: 'standing', walking: 'on your feet' };

function whereText(positions: Position[]): string {
  const unique = [...new Set(positions)];
  return unique.map((p) => WHERE[p]).join(', then ');
}

/** "60 s each side", "20 s × 5", "5 min". */
function holdText(holdSec: number, sides: 1 | 2, reps: number): string {
  const hold = holdSec >= 90 ? formatDuration(holdSec) : `${holdSec} s`;
  return `${hold}${sides === 2 ? ' each side' : ''}${reps > 1 ? ` × ${reps}` : ''}`;
}

/**
 * Before a routine starts: what it asks of you (its exercises, time, where, what to have at
 * hand), a chance to drop or swap an exercise for this session, and the place to make it the
 * routine reminders start. Start has focus, so one key press begins.
 */
export function RoutinePreview({ routine, leftOut, settings, reminderRoutineId, onStart }: Props) {
  const [steps, setSteps] = useState(routine.steps);
  const [isDefault, setIsDefault] = useState(reminderRoutineId === routine.id);
  const adjusted: Routine = { ...routine, steps };
  const plan = planRoutine(adjusted);
  const resolved = plan.steps;
  // A chair is where the user already is: it goes unsaid.
  const needed = plan.needs.filter((need) => need !== 'chair');
  const changed = JSON.stringify(steps) !== JSON.stringify(routine.steps);

  const swap = (index: number, exerciseId: string) => setSteps(steps.map((step, i) => (i === index ? { exerciseId } : step)));
  const drop = (index: number) => setSteps(steps.filter((_, i) => i !== index));
  // Only what is offered now can be swapped in (screening, flare-up, "this hurt").
  const options = swapOptions(EXERCISES, offerContext(settings, new Date()));

  return (
    <section class="view preview" aria-labelledby="preview-title">
      <h1 id="preview-title" tabIndex={-1}>
        {routine.name}
      </h1>
      <p class="lead">{routine.description}</p>
      <dl class="facts preview-facts">
        <div>
          <dt>Time</dt>
          <dd>{formatDuration(plan.totalSec)}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{whereText(resolved.map(({ exercise }) => exercise.position))}</dd>
        </div>
        <div>
          <dt>You need</dt>
          <dd>{needed.length ? needed.join(', ') : 'nothing'}</dd>
        </div>
      </dl>
      <div class="button-row">
        <button type="button" class="button-primary button-large" data-focus-first onClick={() => onStart(adjusted)}>
          Start {routine.name}
        </button>
        {isDefault ? (
          <p class="muted" role="status">
            Your stretch reminders start this routine.
          </p>
        ) : (
          <button
            type="button"
            class="button-secondary"
            onClick={() => void api.updateSettings({ stretchRoutineId: routine.id }).then((r) => r.ok && setIsDefault(true))}
          >
            Use for stretch reminders
          </button>
        )}
      </div>

      <section class="card" aria-labelledby="preview-steps-title">
        <h2 id="preview-steps-title">The exercises</h2>
        <p class="hint">Drop or swap an exercise for this session only; the routine itself stays as it is.</p>
        <ol class="preview-steps">
          {resolved.map(({ exercise, holdSec }, index) => (
            <li key={`${index}-${exercise.id}`}>
              <div class="preview-figure">
                <Figure exerciseId={exercise.id} animate={false} />
              </div>
              <div class="preview-step-text">
                <strong>{exercise.name}</strong>
                <span class="muted">
                  {holdText(holdSec, exercise.sides, exercise.reps)} · {WHERE[exercise.position]}
                </span>
                <span class="hint">{exercise.summary}</span>
              </div>
              <div class="preview-step-actions">
                <label class="visually-hidden" for={`swap-${index}`}>
                  Swap {exercise.name} for
                </label>
                <select id={`swap-${index}`} value={exercise.id} onChange={(e) => swap(index, e.currentTarget.value)}>
                  {options.filter((option) => option.id === exercise.id || !steps.some((s) => s.exerciseId === option.id)).map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="button-quiet"
                  disabled={steps.length === 1}
                  aria-label={`Drop ${exercise.name}`}
                  onClick={() => drop(index)}
                >
                  Drop
                </button>
              </div>
            </li>
          ))}
        </ol>
        {changed && (
          <button type="button" class="button-quiet" onClick={() => setSteps(routine.steps)}>
            Undo changes
          </button>
        )}
      </section>
      {leftOut.length > 0 && (
        <section class="card" aria-labelledby="preview-left-out-title">
          <h2 id="preview-left-out-title">Left out for you</h2>
          <ul class="left-out-list">
            {leftOut.map(({ exercise, reason }) => (
              <li key={exercise.id}>
                <span>
                  <strong>{exercise.name}</strong> — left out: {reason}.
                </span>
                {settings.leftOutExercises.some((e) => e.exerciseId === exercise.id) && (
                  <button type="button" class="button-secondary" onClick={() => void bringBack(settings.leftOutExercises, exercise.id)}>
                    Bring back {exercise.name}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

