import { useState } from 'preact/hooks';
import type { Screening } from '@electron/safety/common/offer';
import type { SettingsPatch } from '@electron/settings/common/schema';
import { api } from '../../api';
import { useDraftHold } from '../../hooks/use-window-hold';
import { localEmergencyContact } from '../../components/WarningSigns';
import './ScreeningForm.css';
import { t } from '@electron/i18n/common/translate';
import { formatNumber } from '@electron/i18n/common/format';

type Draft = Omit<Screening, 'painfulSide'> & { painfulSide: Screening['painfulSide'] | null };

const EMPTY: Draft = { hipReplacement: 'no', recentSpinalProcedure: false, pregnancy: 'no', osteoporosis: false, painfulSide: null, worseWith: [] };

interface Choice<T> {
  value: T;
  label: string;
}

function Radios<T extends string>(props: { name: string; legend: string; choices: Array<Choice<T>>; value: T | null; onChange: (v: T) => void; hint?: string | null }) {
  return (
    <fieldset class="screening-question">
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input type="radio" name={props.name} value={c.value} checked={props.value === c.value} onChange={() => props.onChange(c.value)} /> {c.label}
        </label>
      ))}
      {props.hint && <p class="hint">{props.hint}</p>}
    </fieldset>
  );
}

const yesNo = (): Array<Choice<'no' | 'yes'>> => [
  { value: 'no', label: t('app.screening.no') },
  { value: 'yes', label: t('app.screening.yes') },
];

interface Props {
  initial: Screening | null;
  /** Sent with the answers (first run: the notice is acknowledged in the same save). */
  alsoSave?: SettingsPatch;
  saveLabel?: string;
  /** Shown beside Save when set: skipping keeps the plan conservative. */
  onSkip?: () => void;
}

/**
 * The safety questions. Nothing here diagnoses: the answers only decide which exercises Limber
 * offers (safety/screening.ts), and every one left out says why.
 */
export function ScreeningForm({ initial, alsoSave = {}, saveLabel = t('app.screening.save'), onSkip }: Props) {
  const [draft, setDraft] = useState<Draft>(initial ?? EMPTY);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  // Answers changed and not yet saved: a hidden window is kept, not destroyed with them.
  useDraftHold(draft !== (initial ?? EMPTY) && message?.kind !== 'status');
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setMessage(null);
  };
  const toggleWorse = (value: Screening['worseWith'][number], on: boolean) =>
    set({ worseWith: on ? [...draft.worseWith.filter((w) => w !== value), value] : draft.worseWith.filter((w) => w !== value) });

  const save = () => {
    if (draft.painfulSide === null) {
      setMessage({ kind: 'alert', text: t('app.screening.choosePain') });
      return;
    }
    const screening: Screening = { ...draft, painfulSide: draft.painfulSide };
    void api.updateSettings({ ...alsoSave, screening }).then((r) =>
      setMessage(r.ok ? { kind: 'status', text: t('app.screening.saved') } : { kind: 'alert', text: t('app.common.notSaved') }),
    );
  };

  return (
    <form
      class="screening"
      aria-label={t('app.screening.form')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p class="hint">{t('app.screening.privacy')}</p>
      <Radios
        name="hip"
        legend={t('app.screening.hip')}
        value={draft.hipReplacement}
        onChange={(hipReplacement) => set({ hipReplacement })}
        choices={[
          { value: 'no', label: t('app.screening.no') },
          { value: 'posterior', label: t('app.screening.hipPosterior') },
          { value: 'anterior', label: t('app.screening.hipAnterior') },
          { value: 'unknown', label: t('app.screening.hipUnknown') },
        ]}
      />
      <Radios
        name="spine"
        legend={t('app.screening.spine')}
        value={draft.recentSpinalProcedure ? 'yes' : 'no'}
        onChange={(v) => set({ recentSpinalProcedure: v === 'yes' })}
        choices={yesNo()}
      />
      <Radios
        name="pregnancy"
        legend={t('app.screening.pregnant')}
        value={draft.pregnancy}
        onChange={(pregnancy) => set({ pregnancy })}
        choices={[
          { value: 'no', label: t('app.screening.no') },
          { value: 'first', label: t('app.screening.pregnantFirst', { weeks: formatNumber(12) }) },
          { value: 'second', label: t('app.screening.pregnantSecond', { from: formatNumber(13), to: formatNumber(27) }) },
          { value: 'third', label: t('app.screening.pregnantThird', { weeks: formatNumber(28) }) },
        ]}
      />
      <Radios
        name="bones"
        legend={t('app.screening.bones')}
        value={draft.osteoporosis ? 'yes' : 'no'}
        onChange={(v) => set({ osteoporosis: v === 'yes' })}
        choices={yesNo()}
      />
      <Radios
        name="side"
        legend={t('app.screening.where')}
        value={draft.painfulSide}
        onChange={(painfulSide) => set({ painfulSide })}
        hint={draft.painfulSide === 'left' || draft.painfulSide === 'right' ? t('app.screening.firstSideHint', { side: draft.painfulSide }) : null}
        choices={[
          { value: 'left', label: t('app.screening.leftLeg') },
          { value: 'right', label: t('app.screening.rightLeg') },
          { value: 'both', label: t('app.screening.bothLegs') },
          { value: 'back', label: t('app.screening.backOnly') },
        ]}
      />
      {draft.painfulSide === 'both' && (
        <p class="screening-urgent" role="alert">
          {t('app.screening.bothLegsUrgent', { number: localEmergencyContact().number, place: localEmergencyContact().emergencyPlace })}
        </p>
      )}
      <fieldset class="screening-question">
        <legend>{t('app.screening.worse')}</legend>
        {(
          [
            ['sitting-bending', t('app.screening.worseSitting')],
            ['standing-walking', t('app.screening.worseStanding')],
            ['lying', t('app.screening.worseLying')],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input type="checkbox" checked={draft.worseWith.includes(value)} onChange={(e) => toggleWorse(value, e.currentTarget.checked)} /> {label}
          </label>
        ))}
      </fieldset>
      {draft.worseWith.includes('lying') && (
        <p class="screening-note">{t('app.screening.lyingNote')}</p>
      )}
      <div class="button-row">
        <button type="submit" class="button-primary">
          {saveLabel}
        </button>
        {onSkip && (
          <button type="button" class="button-secondary" onClick={onSkip}>
            {t('app.screening.skip')}
          </button>
        )}
      </div>
      {message && <p role={message.kind}>{message.text}</p>}
    </form>
  );
}
