import { useState } from 'preact/hooks';
import type { Screening } from '@electron/safety/common/screening';
import type { SettingsPatch } from '@electron/settings/common/schema';
import { api } from '../../api';
import { useDraftHold } from '../../hooks/use-window-hold';
import { localEmergencyContact } from '../../components/WarningSigns';
import './ScreeningForm.css';

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

const yesNo = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
] as const satisfies Array<Choice<'no' | 'yes'>>;

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
export function ScreeningForm({ initial, alsoSave = {}, saveLabel = 'Save answers', onSkip }: Props) {
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
      setMessage({ kind: 'alert', text: 'Choose where the pain is, then save.' });
      return;
    }
    const screening: Screening = { ...draft, painfulSide: draft.painfulSide };
    void api.updateSettings({ ...alsoSave, screening }).then((r) =>
      setMessage(r.ok ? { kind: 'status', text: 'Saved. Limber now offers exercises to suit your answers.' } : { kind: 'alert', text: 'Not saved: please try again.' }),
    );
  };

  return (
    <form
      class="screening"
      aria-label="Safety questions"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p class="hint">Your answers stay on this computer. They only decide which exercises Limber offers; ask your clinician about anything here.</p>
      <Radios
        name="hip"
        legend="Do you have a hip replacement?"
        value={draft.hipReplacement}
        onChange={(hipReplacement) => set({ hipReplacement })}
        choices={[
          { value: 'no', label: 'No' },
          { value: 'posterior', label: 'Yes, from the back (posterior)' },
          { value: 'anterior', label: 'Yes, from the front (anterior)' },
          { value: 'unknown', label: 'Yes, I do not know which way' },
        ]}
      />
      <Radios
        name="spine"
        legend="Spinal surgery or a spinal injection in the last three months?"
        value={draft.recentSpinalProcedure ? 'yes' : 'no'}
        onChange={(v) => set({ recentSpinalProcedure: v === 'yes' })}
        choices={[...yesNo]}
      />
      <Radios
        name="pregnancy"
        legend="Are you pregnant?"
        value={draft.pregnancy}
        onChange={(pregnancy) => set({ pregnancy })}
        choices={[
          { value: 'no', label: 'No' },
          { value: 'first', label: 'Yes, up to 12 weeks' },
          { value: 'second', label: 'Yes, 13 to 27 weeks' },
          { value: 'third', label: 'Yes, 28 weeks or more' },
        ]}
      />
      <Radios
        name="bones"
        legend="Do you have osteoporosis (thinning bones)?"
        value={draft.osteoporosis ? 'yes' : 'no'}
        onChange={(v) => set({ osteoporosis: v === 'yes' })}
        choices={[...yesNo]}
      />
      <Radios
        name="side"
        legend="Where is the pain?"
        value={draft.painfulSide}
        onChange={(painfulSide) => set({ painfulSide })}
        hint={draft.painfulSide === 'left' || draft.painfulSide === 'right' ? `Moves done on each side start with your ${draft.painfulSide} leg.` : null}
        choices={[
          { value: 'left', label: 'Left leg' },
          { value: 'right', label: 'Right leg' },
          { value: 'both', label: 'Both legs' },
          { value: 'back', label: 'My back only' },
        ]}
      />
      {draft.painfulSide === 'both' && (
        <p class="screening-urgent" role="alert">
          Sciatica in both legs needs urgent care: call {localEmergencyContact().number} or go to {localEmergencyContact().emergencyPlace} now,
          especially if you also have numbness between your legs, changes in your bladder, bowel or sex, or weak legs.
        </p>
      )}
      <fieldset class="screening-question">
        <legend>What makes your leg worse? Tick any.</legend>
        {(
          [
            ['sitting-bending', 'Sitting and bending forward'],
            ['standing-walking', 'Standing and walking'],
            ['lying', 'Lying down'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input type="checkbox" checked={draft.worseWith.includes(value)} onChange={(e) => toggleWorse(value, e.currentTarget.checked)} /> {label}
          </label>
        ))}
      </fieldset>
      {draft.worseWith.includes('lying') && (
        <p class="screening-note">Pain that is worse lying down is worth showing a doctor soon (see the warning signs).</p>
      )}
      <div class="button-row">
        <button type="submit" class="button-primary">
          {saveLabel}
        </button>
        {onSkip && (
          <button type="button" class="button-secondary" onClick={onSkip}>
            Skip for now
          </button>
        )}
      </div>
      {message && <p role={message.kind}>{message.text}</p>}
    </form>
  );
}
