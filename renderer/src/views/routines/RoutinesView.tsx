import { useState } from 'preact/hooks';
import { t } from '@electron/i18n/common/translate';
import { ROUTINES } from '@electron/exercises/common/routines';
import type { OwnExercise, OwnRoutine } from '@electron/routines/common/own-schema';
import { api } from '../../api';
import { libraryAnswer, useOwnLibrary } from '../../hooks/use-own-library';
import { RoutineEditor } from './RoutineEditor';
import { ExerciseEditor } from './ExerciseEditor';
import { ImportCard } from './ImportCard';
import { OwnMark } from '../../components/OwnMark';
import './RoutinesView.css';

type Editing = { kind: 'routine'; routine: OwnRoutine | null } | { kind: 'exercise'; exercise: OwnExercise | null } | null;

/**
 * Your own routines and exercises (issue 24): made, renamed, reordered, duplicated and deleted with
 * buttons alone; built-in routines are read-only and duplicated to change. Every change is main's
 * to accept: the list shows the library as stored, and a refusal is shown in its own words.
 */
export function RoutinesView({ onStart }: { onStart: (routineId: string) => void }) {
  const library = useOwnLibrary();
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (change: () => Promise<Parameters<typeof libraryAnswer>[0]>, done: string) => {
    const refused = libraryAnswer(await change());
    setMessage(refused ? { text: refused, error: true } : { text: done, error: false });
  };
  const move = (index: number, by: -1 | 1) => {
    const ids = library.routines.map((r) => r.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    void run(() => api.reorderOwnRoutines(ids), t('routines.ui.moved'));
  };
  const duplicate = (kind: 'routine' | 'exercise', id: string) =>
    void api.duplicateOwn({ kind, id }).then((result) => {
      const refused = libraryAnswer(result.ok ? { ok: true, value: result.value.library } : result);
      setMessage(refused ? { text: refused, error: true } : { text: t('routines.ui.duplicated'), error: false });
    });

  if (editing?.kind === 'routine') {
    return <RoutineEditor routine={editing.routine} library={library} onDone={(text) => (setEditing(null), text && setMessage({ text, error: false }))} />;
  }
  if (editing?.kind === 'exercise') {
    return <ExerciseEditor exercise={editing.exercise} onDone={(text) => (setEditing(null), text && setMessage({ text, error: false }))} />;
  }
  return (
    <section class="view routines-view" aria-labelledby="routines-title">
      <h1 id="routines-title">{t('routines.ui.title')}</h1>
      <p class="lead">{t('routines.ui.intro')}</p>
      <p class={message?.error ? 'error' : 'save-status'} role={message?.error ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>

      <section class="card" aria-labelledby="own-routines-title">
        <h2 id="own-routines-title">{t('routines.ui.yourRoutines')}</h2>
        {library.routines.length === 0 && <p class="muted">{t('routines.ui.noRoutines')}</p>}
        <ul class="own-list">
          {library.routines.map((routine, index) => (
            <li key={routine.id} class="own-item">
              <span class="own-name">{routine.name}</span>
              <OwnMark id={routine.id} />
              <div class="button-row">
                <button type="button" class="button-secondary" aria-label={t('routines.ui.startNamed', { name: routine.name })} onClick={() => onStart(routine.id)}>
                  {t('routines.ui.start')}
                </button>
                <button type="button" class="button-secondary" aria-label={t('routines.ui.editNamed', { name: routine.name })} onClick={() => setEditing({ kind: 'routine', routine })}>
                  {t('routines.ui.edit')}
                </button>
                <button type="button" class="button-quiet" aria-label={t('routines.ui.upNamed', { name: routine.name })} disabled={index === 0} onClick={() => move(index, -1)}>
                  {t('routines.ui.up')}
                </button>
                <button type="button" class="button-quiet" aria-label={t('routines.ui.downNamed', { name: routine.name })} disabled={index === library.routines.length - 1} onClick={() => move(index, 1)}>
                  {t('routines.ui.down')}
                </button>
                <button type="button" class="button-quiet" aria-label={t('routines.ui.duplicateNamed', { name: routine.name })} onClick={() => duplicate('routine', routine.id)}>
                  {t('routines.ui.duplicate')}
                </button>
                <button
                  type="button"
                  class="button-quiet"
                  aria-label={t('routines.ui.exportNamed', { name: routine.name })}
                  onClick={() =>
                    void api.exportOwnRoutine(routine.id).then((result) => {
                      if (!result.ok) setMessage({ text: result.error.message, error: true });
                      else if (result.value !== null) setMessage({ text: t('routines.ui.exported', { path: result.value }), error: false });
                    })
                  }
                >
                  {t('routines.ui.export')}
                </button>
                <button
                  type="button"
                  class="button-danger"
                  aria-label={t('routines.ui.deleteNamed', { name: routine.name })}
                  onClick={() => void run(() => api.deleteOwn({ kind: 'routine', id: routine.id }), t('routines.ui.deleted', { name: routine.name }))}
                >
                  {t('routines.ui.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        <button type="button" class="button-primary" onClick={() => setEditing({ kind: 'routine', routine: null })}>
          {t('routines.ui.newRoutine')}
        </button>
      </section>

      <ImportCard />

      <section class="card" aria-labelledby="own-exercises-title">
        <h2 id="own-exercises-title">{t('routines.ui.yourExercises')}</h2>
        {library.exercises.length === 0 && <p class="muted">{t('routines.ui.noExercises')}</p>}
        <ul class="own-list">
          {library.exercises.map((exercise) => (
            <li key={exercise.id} class="own-item">
              <span class="own-name">{exercise.name}</span>
              <OwnMark id={exercise.id} />
              <div class="button-row">
                <button type="button" class="button-secondary" aria-label={t('routines.ui.editNamed', { name: exercise.name })} onClick={() => setEditing({ kind: 'exercise', exercise })}>
                  {t('routines.ui.edit')}
                </button>
                <button type="button" class="button-quiet" aria-label={t('routines.ui.duplicateNamed', { name: exercise.name })} onClick={() => duplicate('exercise', exercise.id)}>
                  {t('routines.ui.duplicate')}
                </button>
                <button
                  type="button"
                  class="button-danger"
                  aria-label={t('routines.ui.deleteNamed', { name: exercise.name })}
                  onClick={() => void run(() => api.deleteOwn({ kind: 'exercise', id: exercise.id }), t('routines.ui.deleted', { name: exercise.name }))}
                >
                  {t('routines.ui.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        <button type="button" class="button-primary" onClick={() => setEditing({ kind: 'exercise', exercise: null })}>
          {t('routines.ui.newExercise')}
        </button>
      </section>

      <section class="card" aria-labelledby="builtin-routines-title">
        <h2 id="builtin-routines-title">{t('routines.ui.builtIn')}</h2>
        <p class="hint">{t('routines.ui.builtInHint')}</p>
        <ul class="own-list">
          {ROUTINES.map((routine) => (
            <li key={routine.id} class="own-item">
              <span class="own-name">{routine.name}</span>
              <button type="button" class="button-quiet" aria-label={t('routines.ui.duplicateNamed', { name: routine.name })} onClick={() => duplicate('routine', routine.id)}>
                {t('routines.ui.duplicate')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
