import { useState } from 'preact/hooks';
import { t } from '@electron/i18n/common/translate';
import { EXERCISES, exerciseById } from '@electron/exercises/common/routines';
import type { OwnLibrary, OwnRoutine, OwnStep } from '@electron/routines/common/own-schema';
import { api } from '../../api';
import { libraryAnswer, newOwnId } from '../../hooks/use-own-library';
import { OwnMark } from '../../components/OwnMark';
import { EditorFooter, useUnsaved } from './EditorFooter';
import { moveItem, useListDrag } from './step-drag';

type StepField = 'holdSec' | 'reps' | 'restSec' | 'switchSec';
const STEP_FIELDS: Array<{ field: StepField; label: 'routines.ui.stepHold' | 'routines.ui.stepReps' | 'routines.ui.stepRest' | 'routines.ui.stepSwitch' }> = [
  { field: 'holdSec', label: 'routines.ui.stepHold' },
  { field: 'reps', label: 'routines.ui.stepReps' },
  { field: 'restSec', label: 'routines.ui.stepRest' },
  { field: 'switchSec', label: 'routines.ui.stepSwitch' },
];

/** The exercise's own value, shown as the placeholder of a field left empty. */
const defaultOf = (exercise: { holdSec: number; reps: number; restSec?: number; switchSec?: number } | undefined, field: StepField): string => {
  const value = exercise?.[field];
  return value === undefined ? '' : String(value);
};

/** A field left empty keeps the exercise's own value; a number typed is checked by main's schema. */
const numberOrUndefined = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/**
 * One own routine: its name, its steps in order (each with its own hold, reps, sides, rest and
 * switch, or the exercise's), moved with buttons (or dragged by their handle), and exercises added from the catalogue or your own.
 */
export function RoutineEditor({ routine, library, onDone }: { routine: OwnRoutine | null; library: OwnLibrary; onDone: (message: string | null) => void }) {
  const [name, setName] = useState(routine?.name ?? '');
  const [steps, setSteps] = useState<OwnStep[]>(routine?.steps ?? []);
  const [adding, setAdding] = useState(library.exercises[0]?.id ?? EXERCISES.find((e) => e.position !== 'walking')!.id);
  const [error, setError] = useState<string | null>(null);
  const choices = [...library.exercises.map((e) => ({ id: e.id, name: `${e.name} (${t('routines.own.mark')})` })), ...EXERCISES.filter((e) => e.position !== 'walking').map((e) => ({ id: e.id, name: e.name }))];

  const setStep = (index: number, change: Partial<OwnStep>) =>
    setSteps(steps.map((s, i) => (i === index ? (Object.fromEntries(Object.entries({ ...s, ...change }).filter(([, v]) => v !== undefined)) as OwnStep) : s)));
  const move = (index: number, by: -1 | 1) => setSteps(moveItem(steps, index, index + by));
  const drag = useListDrag((from, to) => setSteps((latest) => moveItem(latest, from, to)));
  const save = async () => {
    const refused = libraryAnswer(await api.saveOwnRoutine({ id: routine?.id ?? newOwnId(), name, steps }));
    if (refused) setError(refused);
    else onDone(t('routines.ui.saved', { name: name.trim() }));
  };

  const unsaved = useUnsaved([name, steps]);
  return (
    <section class="view routines-view" aria-labelledby="routine-editor-title">
      <h1 id="routine-editor-title">{routine ? t('routines.ui.editRoutine') : t('routines.ui.newRoutine')}</h1>
      <div class="field">
        <label for="routine-name">{t('routines.ui.routineName')}</label>
        <input id="routine-name" type="text" value={name} maxLength={60} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <h2>{t('routines.ui.steps')}</h2>
      {steps.length === 0 && <p class="muted">{t('routines.ui.noSteps')}</p>}
      <ol class="step-list">
        {steps.map((step, index) => {
          const exercise = exerciseById(step.exerciseId) ?? library.exercises.find((e) => e.id === step.exerciseId);
          const label = exercise?.name ?? step.exerciseId;
          const n = index + 1;
          return (
            <li key={`${step.exerciseId}-${index}`} class={`card step-card${drag.over === index ? ' step-drop-target' : ''}`} {...drag.target(index)}>
              <h3 class="step-name">
                <span class="drag-handle" aria-hidden="true" title={t('routines.ui.dragHint')} data-testid={`drag-step-${n}`} {...drag.handle(index)}>
                  ⠿
                </span>
                {label}
                <OwnMark id={step.exerciseId} />
              </h3>
              <div class="step-fields">
                {STEP_FIELDS.map(({ field, label: fieldLabel }) => (
                  <div class="field" key={field}>
                    <label for={`step-${n}-${field}`}>{t(fieldLabel)}</label>
                    <input
                      id={`step-${n}-${field}`}
                      type="number"
                      inputMode="numeric"
                      placeholder={defaultOf(exercise, field)}
                      value={step[field] ?? ''}
                      onInput={(e) => setStep(index, { [field]: numberOrUndefined(e.currentTarget.value) })}
                    />
                  </div>
                ))}
                {exercise?.sides === 2 && (
                  <div class="field">
                    <label for={`step-${n}-sides`}>{t('routines.ui.stepSides')}</label>
                    <select id={`step-${n}-sides`} value={String(step.sides ?? 2)} onChange={(e) => setStep(index, { sides: e.currentTarget.value === '1' ? 1 : undefined })}>
                      <option value="2">{t('routines.ui.bothSides')}</option>
                      <option value="1">{t('routines.ui.firstSideOnly')}</option>
                    </select>
                  </div>
                )}
              </div>
              <div class="button-row">
                <button type="button" class="button-quiet" aria-label={t('routines.ui.stepUp', { n })} disabled={index === 0} onClick={() => move(index, -1)}>
                  {t('routines.ui.up')}
                </button>
                <button type="button" class="button-quiet" aria-label={t('routines.ui.stepDown', { n })} disabled={index === steps.length - 1} onClick={() => move(index, 1)}>
                  {t('routines.ui.down')}
                </button>
                <button type="button" class="button-danger" aria-label={t('routines.ui.stepRemove', { n })} onClick={() => setSteps(steps.filter((_, i) => i !== index))}>
                  {t('routines.ui.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div class="field field-row">
        <label for="add-exercise">{t('routines.ui.addExercise')}</label>
        <select id="add-exercise" value={adding} onChange={(e) => setAdding(e.currentTarget.value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="button" class="button-secondary" onClick={() => setSteps([...steps, { exerciseId: adding }])}>
          {t('routines.ui.add')}
        </button>
      </div>
      <EditorFooter error={error} unsaved={unsaved} onSave={() => void save()} onCancel={() => onDone(null)} />
    </section>
  );
}
