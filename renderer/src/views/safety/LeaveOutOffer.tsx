import { useState } from 'preact/hooks';
import { exerciseById } from '@electron/exercises/common/routines';
import { hurtExerciseId } from '@electron/safety/common/escalation';
import type { SessionSummary } from '@electron/session/common/session';
import type { Settings } from '@electron/settings/common/schema';
import { api } from '../../api';
import { t } from '@electron/i18n/common/translate';

interface Props {
  steps: SessionSummary['steps'];
  leftOut: Settings['leftOutExercises'];
}

/** After "This hurt": offer to leave the exercise that hurt out of future sessions (reversible). */
export function LeaveOutOffer({ steps, leftOut }: Props) {
  const id = hurtExerciseId(steps);
  const exercise = id === null ? undefined : exerciseById(id);
  const [state, setState] = useState<'ask' | 'saved' | 'failed'>(leftOut.some((e) => e.exerciseId === id) ? 'saved' : 'ask');
  if (!exercise) return null;
  if (state === 'saved') {
    return (
      <p role="status">
        {t('app.leaveOut.saved', { name: exercise.name })}
      </p>
    );
  }
  return (
    <div class="leave-out-offer">
      <button
        type="button"
        class="button-secondary"
        onClick={() =>
          void api
            .updateSettings({ leftOutExercises: [...leftOut.filter((e) => e.exerciseId !== exercise.id), { exerciseId: exercise.id, since: new Date().toISOString() }].slice(-40) })
            .then((r) => setState(r.ok ? 'saved' : 'failed'))
        }
      >
        {t('app.leaveOut.button', { name: exercise.name })}
      </button>
      {state === 'failed' && <p role="alert">{t('app.common.notSaved')}</p>}
    </div>
  );
}
