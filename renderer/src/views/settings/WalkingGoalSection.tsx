import { DEFAULT_WALKING_PLAN, WalkingPlanSchema, type WalkingPlan } from '@electron/history/common/walking';
import { localDayKey } from '@electron/history/common/stats';
import { FieldMessages } from '../../components/FieldMessages';
import { useDraftField, type DraftField } from '../../hooks/use-draft-field';
import { checkWith, parseNumberText, type FieldResult, type SaveOutcome } from '../../settings-fields';

interface Props {
  value: WalkingPlan | null;
  /** A new unit is a choice, saved at once and announced with the other choices. */
  onUnitChange: (plan: WalkingPlan) => void;
  /** A finished amount; resolves with what main said. */
  onSave: (plan: WalkingPlan) => Promise<SaveOutcome>;
}

const UNITS = { mi: 'miles', km: 'kilometres', min: 'minutes' } as const;
type AmountKey = 'startDaily' | 'target';
const LABELS: Record<AmountKey, string> = { startDaily: 'Starting daily goal', target: 'Target per day' };

/** Starting daily goal and target; the goal then grows about 10% a week, never past the target. */
export function WalkingGoalSection({ value, onUnitChange, onSave }: Props) {
  const plan = value ?? DEFAULT_WALKING_PLAN(localDayKey(new Date()));
  const parse = (key: AmountKey) => (text: string): FieldResult<number> => {
    const number = parseNumberText(text, UNITS[plan.unit], '1.5');
    return number.ok ? checkWith(WalkingPlanSchema.shape[key], number.value) : number;
  };
  // The whole plan is checked (the target may not be below the start) before main sees it.
  const saveWith = (patch: Partial<WalkingPlan>): Promise<SaveOutcome> => {
    const checked = checkWith(WalkingPlanSchema, { ...plan, ...patch });
    return checked.ok ? onSave(checked.value) : Promise.resolve({ ok: false, message: checked.message });
  };
  const fields: Record<AmountKey, DraftField> = {
    startDaily: useDraftField({ value: plan.startDaily, format: String, parse: parse('startDaily'), save: (v) => saveWith({ startDaily: v }) }),
    target: useDraftField({ value: plan.target, format: String, parse: parse('target'), save: (v) => saveWith({ target: v }) }),
  };

  return (
    <fieldset class="card">
      <legend>Walking goal</legend>
      <p class="hint">Walking is one of the best things for sciatica. Start small; your daily goal grows a little each week until it reaches your target, and holds still during a flare-up.</p>
      <div class="field">
        <label for="walk-unit">Measure walks in</label>
        <select
          id="walk-unit"
          value={plan.unit}
          onChange={(e) => {
            const checked = checkWith(WalkingPlanSchema, { ...plan, unit: e.currentTarget.value });
            if (checked.ok) onUnitChange(checked.value);
          }}
        >
          {Object.entries(UNITS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {(['startDaily', 'target'] as const).map((key) => {
        const field = fields[key];
        const id = `walk-${key}`;
        return (
          <div key={key} class={`field ${field.invalid ? 'field-invalid' : ''}`}>
            <label for={id}>{LABELS[key]}</label>
            <div class="field-row">
              <input
                id={id}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                {...field.inputProps}
                aria-invalid={field.invalid ? 'true' : 'false'}
                aria-describedby={`${id}-error ${id}-status`}
              />
              <span class="unit" aria-hidden="true">
                {UNITS[plan.unit]}
              </span>
            </div>
            <FieldMessages id={id} messages={field} />
          </div>
        );
      })}
    </fieldset>
  );
}
