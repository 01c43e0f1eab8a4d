import { useEffect, useState } from 'preact/hooks';
import { MAX_STRETCH_TIMES, ROTATING_ROUTINES, SettingsSchema, type Settings, type StretchTime } from '@electron/settings/common/schema';
import { routineById } from '@electron/exercises/common/routines';
import { ownRoutines } from '@electron/exercises/common/custom-registry';
import { useOwnLibrary } from '../../hooks/use-own-library';
import { routineLength } from '@electron/exercises/common/plan';
import { t } from '@electron/i18n/common/translate';
import { checkWith } from '../../settings-fields';
import './StretchTimesSection.css';

interface Props {
  value: Settings['stretchTimes'];
  onSave: (value: Settings['stretchTimes']) => void;
}

/** What a new row suggests: after lunch first, then after work (issue 22's examples). */
const SUGGESTED: readonly StretchTime[] = [
  { at: '13:30', routineId: 'quick-desk-stretch' },
  { at: '17:00', routineId: 'sciatica-relief' },
];

/**
 * Up to two times a day when the break due offers a stretch routine instead of the usual one
 * (breaks/common/rotation.ts). Each change is saved at once when the whole list is valid; a row
 * that is not (two rows at the same time) is flagged and nothing is saved.
 */
export function StretchTimesSection({ value, onSave }: Props) {
  const [rows, setRows] = useState<StretchTime[]>(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (error === null) setRows(value);
  }, [value]);

  const change = (next: StretchTime[]) => {
    setRows(next);
    const checked = checkWith(SettingsSchema.shape.stretchTimes, next);
    setError(checked.ok ? null : checked.message);
    if (checked.ok) onSave(checked.value);
  };
  const suggestion = SUGGESTED.find((s) => !rows.some((r) => r.at === s.at)) ?? SUGGESTED[0]!;
  useOwnLibrary(); // re-rendered when the own routines change
  // The seed's desk stretch and floor routine, then the person's own (issue 24).
  const choices = [...ROTATING_ROUTINES.map((id) => routineById(id)!), ...ownRoutines()];

  return (
    <fieldset class="card stretch-times">
      <legend>{t('settings.rotation.legend')}</legend>
      <p class="hint">{t('settings.rotation.intro')}</p>
      {rows.length === 0 && <p>{t('settings.rotation.none')}</p>}
      {rows.map((row, index) => {
        const number = index + 1;
        // A routine deleted since: shown as such, with what happens meanwhile (the usual routine).
        const gone = !routineById(row.routineId);
        return (
          <div class="field field-row stretch-time" key={index}>
            <label for={`stretch-time-${number}`}>{t('settings.rotation.time', { number })}</label>
            <input
              id={`stretch-time-${number}`}
              type="time"
              value={row.at}
              aria-invalid={error ? 'true' : 'false'}
              aria-describedby={error ? 'stretch-times-error' : undefined}
              onChange={(e) => change(rows.map((r, i) => (i === index ? { ...r, at: e.currentTarget.value } : r)))}
            />
            <select
              aria-label={t('settings.rotation.routine', { number })}
              aria-describedby={gone ? `stretch-time-gone-${number}` : undefined}
              value={row.routineId}
              onChange={(e) => change(rows.map((r, i) => (i === index ? { ...r, routineId: e.currentTarget.value } : r)))}
            >
              {gone && <option value={row.routineId}>{t('settings.rotation.goneOption')}</option>}
              {choices.map((routine) => (
                <option key={routine.id} value={routine.id}>
                  {t('settings.stretch.routineOption', { name: routine.name, duration: routineLength(routine) })}
                </option>
              ))}
            </select>
            <button type="button" class="button-secondary" aria-label={t('settings.rotation.remove', { number })} onClick={() => change(rows.filter((_, i) => i !== index))}>
              {t('settings.rotation.removeShort')}
            </button>
            {gone && (
              <p id={`stretch-time-gone-${number}`} class="hint stretch-time-gone">
                {t('settings.rotation.gone')}
              </p>
            )}
          </div>
        );
      })}
      <p id="stretch-times-error" class="error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
      {rows.length < MAX_STRETCH_TIMES ? (
        <button type="button" class="button-secondary" onClick={() => change([...rows, suggestion])}>
          {t('settings.rotation.add')}
        </button>
      ) : (
        <p class="hint">{t('settings.rotation.full')}</p>
      )}
    </fieldset>
  );
}
