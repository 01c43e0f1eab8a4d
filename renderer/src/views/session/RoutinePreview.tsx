import { useState } from 'preact/hooks';
import { ExercisePicture } from '../../components/ExercisePicture';
import { EXERCISES } from '@electron/exercises/common/routines';
import { planRoutine, routineLength } from '@electron/exercises/common/plan';
import type { Need, Position, Routine } from '@electron/exercises/common/schema';
import { offerContext, swapOptions, type LeftOutStep } from '@electron/safety/common/offer';
import type { Settings } from '@electron/settings/common/schema';
import { api } from '../../api';
import { bringBack } from '../safety/LeftOutCard';
import { OwnMark } from '../../components/OwnMark';
import './RoutinePreview.css';
import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { t } from '@electron/i18n/common/translate';
import { formatDuration, formatList, formatNumber, formatSeconds } from '@electron/i18n/common/format';

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

const WHERE: Record<Position, MessageKey> = {
  floor: 'app.preview.whereFloor',
  seated: 'app.preview.whereSeated',
  standing: 'app.preview.whereStanding',
  walking: 'app.preview.whereWalking',
};
const NEED: Record<Need, MessageKey> = {
  mat: 'app.preview.needMat',
  towel: 'app.preview.needTowel',
  chair: 'app.preview.needChair',
  step: 'app.preview.needStep',
};

/** "on the floor, then at your desk". */
function whereText(positions: Position[]): string {
  const unique = [...new Set(positions)].map((p) => t(WHERE[p]));
  return unique.reduce((first, next) => t('app.preview.whereThen', { first, next }));
}

/** "60 sec each side", "20 sec × 5", "5 min": whole seconds up to 90 s, the shared duration above. */
function holdText(holdSec: number, sides: 1 | 2, reps: number): string {
  const hold = holdSec >= 90 ? formatDuration(holdSec) : formatSeconds(holdSec);
  const each = sides === 2 ? t('app.preview.eachSide', { hold }) : hold;
  return reps > 1 ? t('app.preview.reps', { hold: each, reps: formatNumber(reps) }) : each;
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
        <OwnMark id={routine.id} />
      </h1>
      <p class="lead">{routine.description}</p>
      <dl class="facts preview-facts">
        <div>
          <dt>{t('app.preview.time')}</dt>
          <dd>{routineLength(adjusted)}</dd>
        </div>
        <div>
          <dt>{t('app.preview.where')}</dt>
          <dd>{whereText(resolved.map(({ exercise }) => exercise.position))}</dd>
        </div>
        <div>
          <dt>{t('app.preview.youNeed')}</dt>
          <dd>{needed.length ? formatList(needed.map((need) => t(NEED[need]))) : t('app.preview.nothing')}</dd>
        </div>
      </dl>
      <div class="button-row">
        <button type="button" class="button-primary button-large" data-focus-first onClick={() => onStart(adjusted)}>
          {t('app.session.startName', { name: routine.name })}
        </button>
        {isDefault ? (
          <p class="muted" role="status">
            {t('app.preview.isDefault')}
          </p>
        ) : (
          <button
            type="button"
            class="button-secondary"
            onClick={() => void api.updateSettings({ stretchRoutineId: routine.id }).then((r) => r.ok && setIsDefault(true))}
          >
            {t('app.preview.useForReminders')}
          </button>
        )}
      </div>

      <section class="card" aria-labelledby="preview-steps-title">
        <h2 id="preview-steps-title">{t('app.preview.exercises')}</h2>
        <p class="hint">{t('app.preview.swapHint')}</p>
        <ol class="preview-steps">
          {resolved.map(({ exercise, holdSec }, index) => (
            <li key={`${index}-${exercise.id}`}>
              <div class="preview-figure">
                <ExercisePicture exercise={exercise} animate={false} />
              </div>
              <div class="preview-step-text">
                <strong>{exercise.name}</strong>
                {exercise.source.kind === 'own' && <span class="muted">{t('routines.own.mark')} · {t('routines.own.notScreened')}</span>}
                <span class="muted">
                  {holdText(holdSec, exercise.sides, exercise.reps)} · {t(WHERE[exercise.position])}
                </span>
                <span class="hint">{exercise.summary}</span>
              </div>
              <div class="preview-step-actions">
                <label class="visually-hidden" for={`swap-${index}`}>
                  {t('app.preview.swapFor', { name: exercise.name })}
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
                  aria-label={t('app.preview.dropName', { name: exercise.name })}
                  onClick={() => drop(index)}
                >
                  {t('app.preview.drop')}
                </button>
              </div>
            </li>
          ))}
        </ol>
        {changed && (
          <button type="button" class="button-quiet" onClick={() => setSteps(routine.steps)}>
            {t('app.preview.undo')}
          </button>
        )}
      </section>
      {leftOut.length > 0 && (
        <section class="card" aria-labelledby="preview-left-out-title">
          <h2 id="preview-left-out-title">{t('app.leftOut.title')}</h2>
          <ul class="left-out-list">
            {leftOut.map(({ exercise, reason }) => (
              <li key={exercise.id}>
                <span>
                  <strong>{exercise.name}</strong> — {t('app.leftOut.because', { reason })}
                </span>
                {settings.leftOutExercises.some((e) => e.exerciseId === exercise.id) && (
                  <button type="button" class="button-secondary" onClick={() => void bringBack(settings.leftOutExercises, exercise.id)}>
                    {t('app.leftOut.bringBack', { name: exercise.name })}
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

