import { useState } from 'preact/hooks';
import { t } from '@electron/i18n/common/translate';
import type { Need } from '@electron/exercises/common/schema';
import type { OwnExercise } from '@electron/routines/common/own-schema';
import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { api } from '../../api';
import { libraryAnswer, newOwnId } from '../../hooks/use-own-library';
import { EditorFooter, useUnsaved } from './EditorFooter';
import { PicturePicker } from './PicturePicker';

const NEEDS: Array<{ need: Need; label: MessageKey }> = [
  { need: 'chair', label: 'routines.ui.needChair' },
  { need: 'mat', label: 'routines.ui.needMat' },
  { need: 'towel', label: 'routines.ui.needTowel' },
  { need: 'step', label: 'routines.ui.needStep' },
];
const POSITIONS: Array<{ value: OwnExercise['position']; label: MessageKey }> = [
  { value: 'seated', label: 'routines.ui.seated' },
  { value: 'standing', label: 'routines.ui.standing' },
  { value: 'floor', label: 'routines.ui.floor' },
];
const NUMBERS: Array<{ field: 'holdSec' | 'reps' | 'restSec' | 'switchSec'; label: MessageKey }> = [
  { field: 'holdSec', label: 'routines.ui.stepHold' },
  { field: 'reps', label: 'routines.ui.stepReps' },
  { field: 'restSec', label: 'routines.ui.stepRest' },
  { field: 'switchSec', label: 'routines.ui.stepSwitch' },
];

const blank = (): OwnExercise => ({
  id: newOwnId(),
  name: '',
  steps: [],
  stopIf: '',
  needs: [],
  position: 'seated',
  sides: 1,
  holdSec: 20,
  reps: 1,
  restSec: 5,
  switchSec: 8,
  picture: { kind: 'pose', pose: 'sit-tall-reset' },
  gentle: false,
});

/** One own exercise: every field the player needs, a figure from Limber's poses or an own picture, checked by main on save. */
export function ExerciseEditor({ exercise, onDone }: { exercise: OwnExercise | null; onDone: (message: string | null) => void }) {
  const [draft, setDraft] = useState<OwnExercise>(exercise ?? blank());
  const [stepsText, setStepsText] = useState((exercise?.steps ?? []).join('\n'));
  const [labels, setLabels] = useState<[string, string]>(exercise?.sideLabels ?? [t('routines.ui.rightSide'), t('routines.ui.leftSide')]);
  const [error, setError] = useState<string | null>(null);
  // From the latest draft: a picture arrives after its dialog and re-encoding, and must not undo typing meanwhile.
  const set = (change: Partial<OwnExercise>) => setDraft((latest) => ({ ...latest, ...change }));

  const save = async () => {
    const { sideLabels: _old, ...rest } = draft;
    const steps = stepsText.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);
    const refused = libraryAnswer(await api.saveOwnExercise({ ...rest, steps, ...(draft.sides === 2 ? { sideLabels: labels } : {}) }));
    if (refused) setError(refused);
    else onDone(t('routines.ui.saved', { name: draft.name.trim() }));
  };

  const unsaved = useUnsaved([draft, stepsText, labels]);
  return (
    <section class="view routines-view" aria-labelledby="exercise-editor-title">
      <h1 id="exercise-editor-title">{exercise ? t('routines.ui.editExercise') : t('routines.ui.newExercise')}</h1>
      <p class="hint">{t('routines.own.notScreened')}</p>
      <div class="field">
        <label for="exercise-name">{t('routines.ui.exerciseName')}</label>
        <input id="exercise-name" type="text" value={draft.name} maxLength={60} onInput={(e) => set({ name: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="exercise-steps">{t('routines.ui.exerciseSteps')}</label>
        <textarea id="exercise-steps" rows={4} aria-describedby="exercise-steps-hint" value={stepsText} onInput={(e) => setStepsText(e.currentTarget.value)} />
        <p id="exercise-steps-hint" class="hint">{t('routines.ui.exerciseStepsHint')}</p>
      </div>
      <div class="field">
        <label for="exercise-stop">{t('routines.ui.exerciseStop')}</label>
        <input id="exercise-stop" type="text" value={draft.stopIf} maxLength={240} onInput={(e) => set({ stopIf: e.currentTarget.value })} />
      </div>
      <fieldset class="field">
        <legend>{t('routines.ui.position')}</legend>
        {POSITIONS.map(({ value, label }) => (
          <label key={value} class="choice">
            <input type="radio" name="exercise-position" checked={draft.position === value} onChange={() => set({ position: value })} /> {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset class="field">
        <legend>{t('routines.ui.needs')}</legend>
        {NEEDS.map(({ need, label }) => (
          <label key={need} class="choice">
            <input
              type="checkbox"
              checked={draft.needs.includes(need)}
              onChange={(e) => set({ needs: e.currentTarget.checked ? [...draft.needs, need] : draft.needs.filter((n) => n !== need) })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset class="field">
        <legend>{t('routines.ui.sides')}</legend>
        <label class="choice">
          <input type="radio" name="exercise-sides" checked={draft.sides === 1} onChange={() => set({ sides: 1 })} /> {t('routines.ui.oneSide')}
        </label>
        <label class="choice">
          <input type="radio" name="exercise-sides" checked={draft.sides === 2} onChange={() => set({ sides: 2 })} /> {t('routines.ui.bothSides')}
        </label>
      </fieldset>
      {draft.sides === 2 && (
        <div class="step-fields">
          {[0, 1].map((i) => (
            <div class="field" key={i}>
              <label for={`side-label-${i + 1}`}>{t('routines.ui.sideLabel', { n: i + 1 })}</label>
              <input id={`side-label-${i + 1}`} type="text" maxLength={60} value={labels[i]} onInput={(e) => setLabels(i === 0 ? [e.currentTarget.value, labels[1]] : [labels[0], e.currentTarget.value])} />
            </div>
          ))}
        </div>
      )}
      <div class="step-fields">
        {NUMBERS.map(({ field, label }) => (
          <div class="field" key={field}>
            <label for={`exercise-${field}`}>{t(label)}</label>
            <input id={`exercise-${field}`} type="number" inputMode="numeric" value={draft[field]} onInput={(e) => set({ [field]: Number(e.currentTarget.value) })} />
          </div>
        ))}
      </div>
      <label class="choice">
        <input type="checkbox" checked={draft.gentle} onChange={(e) => set({ gentle: e.currentTarget.checked })} /> {t('routines.ui.gentle')}
      </label>
      <PicturePicker picture={draft.picture} name={draft.name} onChange={(picture) => set({ picture })} />
      <EditorFooter error={error} unsaved={unsaved} onSave={() => void save()} onCancel={() => onDone(null)} />
    </section>
  );
}
