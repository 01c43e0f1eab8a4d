import { useState } from 'preact/hooks';
import { DEFAULT_WALKING_PLAN, WalkingPlanSchema, type WalkingPlan } from '@core/history/walking';
import { localDayKey } from '@core/history/stats';

interface Props {
  value: WalkingPlan | null;
  onSave: (plan: WalkingPlan) => void;
}

const UNITS = { mi: 'miles', km: 'kilometres', min: 'minutes' } as const;

/** Starting daily goal and target; the goal then grows about 10% a week, never past the target. */
export function WalkingGoalSection({ value, onSave }: Props) {
  const plan = value ?? DEFAULT_WALKING_PLAN(localDayKey(new Date()));
  const [unit, setUnit] = useState(plan.unit);
  const [start, setStart] = useState(String(plan.startDaily));
  const [target, setTarget] = useState(String(plan.target));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (next: { unit?: WalkingPlan['unit']; start?: string; target?: string }) => {
    const candidate = {
      unit: next.unit ?? unit,
      startDaily: Number((next.start ?? start).trim() || NaN),
      target: Number((next.target ?? target).trim() || NaN),
      startedOn: plan.startedOn,
    };
    const parsed = WalkingPlanSchema.safeParse(candidate);
    if (!parsed.success) {
      const out: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'target');
        out[key] ??= Number.isNaN(candidate[key as 'startDaily']) ? 'Enter a number, for example 1.5.' : issue.message;
      }
      setErrors(out);
      return;
    }
    setErrors({});
    onSave(parsed.data);
  };

  return (
    <fieldset class="card">
      <legend>Walking goal</legend>
      <p class="hint">Walking is one of the best things for sciatica. Start small; your daily goal grows a little each week until it reaches your target, and holds still during a flare-up.</p>
      <div class="field">
        <label for="walk-unit">Measure walks in</label>
        <select
          id="walk-unit"
          value={unit}
          onChange={(e) => {
            const next = e.currentTarget.value as WalkingPlan['unit'];
            setUnit(next);
            submit({ unit: next });
          }}
        >
          {Object.entries(UNITS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {(['startDaily', 'target'] as const).map((key) => (
        <div key={key} class={`field ${errors[key] ? 'field-invalid' : ''}`}>
          <label for={`walk-${key}`}>{key === 'startDaily' ? 'Starting daily goal' : 'Target per day'}</label>
          <div class="field-row">
            <input
              id={`walk-${key}`}
              type="text"
              inputMode="decimal"
              value={key === 'startDaily' ? start : target}
              aria-invalid={errors[key] ? 'true' : 'false'}
              aria-describedby={`walk-${key}-error`}
              onInput={(e) => {
                const text = e.currentTarget.value;
                if (key === 'startDaily') setStart(text);
                else setTarget(text);
                submit(key === 'startDaily' ? { start: text } : { target: text });
              }}
            />
            <span class="unit" aria-hidden="true">
              {UNITS[unit]}
            </span>
          </div>
          <p id={`walk-${key}-error`} class="error" role={errors[key] ? 'alert' : undefined}>
            {errors[key] ?? ''}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
