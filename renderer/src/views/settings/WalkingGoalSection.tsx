import { firstUsePlan, WalkingPlanSchema, type WalkingPlan } from '@electron/history/common/walking';
import { localDayKey } from '@electron/history/common/stats';
import { changePlan, convertPlan, fromShown, shownUnit, toShown, type ShownUnit } from '@electron/history/common/walking-units';
import { resolveDistanceUnit, type DistanceChoice } from '@electron/i18n/common/distance-choice';
import { formatNumber } from '@electron/i18n/common/format';
import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { t } from '@electron/i18n/common/translate';
import { FieldMessages } from '../../components/FieldMessages';
import { Toggle } from '../../components/Toggle';
import { useDraftField, type DraftField } from '../../hooks/use-draft-field';
import { checkWith, parseNumberText, type FieldResult, type SaveOutcome } from '../../settings-fields';

interface Props {
  value: WalkingPlan | null;
  /** Kilometres or miles, as chosen in Settings (or by region): how distances are shown here. */
  distanceUnit: DistanceChoice;
  /** A new unit is a choice, saved at once and announced with the other choices. */
  onUnitChange: (plan: WalkingPlan) => void;
  /** A finished amount; resolves with what main said. */
  onSave: (plan: WalkingPlan) => Promise<SaveOutcome>;
  /** The afternoon walking nudge is on (breaks/common/rotation.ts). */
  nudge: boolean;
  onNudgeChange: (on: boolean) => void;
}

const UNIT_WORDS: Record<ShownUnit, { label: MessageKey; parse: 'miles' | 'kilometres' | 'minutes' }> = {
  mi: { label: 'settings.walking.unitMiles', parse: 'miles' },
  km: { label: 'settings.walking.unitKilometres', parse: 'kilometres' },
  min: { label: 'settings.walking.unitMinutes', parse: 'minutes' },
};
type AmountKey = 'startDaily' | 'target';
const LABELS: Record<AmountKey, MessageKey> = { startDaily: 'settings.walking.startDaily', target: 'settings.walking.target' };

/**
 * Starting daily goal and target; the goal then grows a step a week while it is met and pain does
 * not rise (history/common/walking-ramp.ts), never past the target. Changing the unit converts
 * the whole plan at a brisk 20 minutes a mile, so minutes never inherit a number of miles.
 * A plan kept in miles is shown and typed in kilometres when that is the person's unit (and the
 * other way round), and saved back in its own unit, so stored plans never change shape.
 */
export function WalkingGoalSection({ value, distanceUnit, onUnitChange, onSave, nudge, onNudgeChange }: Props) {
  const today = localDayKey(new Date());
  const plan = value ?? firstUsePlan(today);
  const distance = resolveDistanceUnit(distanceUnit);
  const shown = shownUnit(plan.unit, distance);
  const parse = (key: AmountKey) => (text: string): FieldResult<number> => {
    const number = parseNumberText(text, UNIT_WORDS[shown].parse, 1.5);
    return number.ok ? checkWith(WalkingPlanSchema.shape[key], fromShown(number.value, plan.unit, distance)) : number;
  };
  // The whole plan is checked (the target may not be below the start) before main sees it.
  const saveWith = (patch: Partial<Pick<WalkingPlan, 'startDaily' | 'target'>>): Promise<SaveOutcome> => {
    const checked = checkWith(WalkingPlanSchema, changePlan(plan, patch, today));
    return checked.ok ? onSave(checked.value) : Promise.resolve({ ok: false, message: checked.message });
  };
  const format = (amount: number) => formatNumber(toShown(amount, plan.unit, distance), 2);
  const fields: Record<AmountKey, DraftField> = {
    startDaily: useDraftField({ value: plan.startDaily, format, parse: parse('startDaily'), save: (v) => saveWith({ startDaily: v }) }),
    target: useDraftField({ value: plan.target, format, parse: parse('target'), save: (v) => saveWith({ target: v }) }),
  };

  return (
    <fieldset class="card walking-goal">
      <legend>{t('settings.walking.legend')}</legend>
      <p class="hint">{t('settings.walking.intro')}</p>
      <div class="field">
        <label for="walk-unit">{t('settings.walking.measure')}</label>
        <select
          id="walk-unit"
          value={shown}
          onChange={(e) => {
            // Distance is kept in the person's unit from here on; minutes have none. Every amount is converted.
            const checked = checkWith(WalkingPlanSchema, convertPlan(plan, e.currentTarget.value === 'min' ? 'min' : distance));
            if (checked.ok) onUnitChange(checked.value);
          }}
        >
          {([distance, 'min'] as const).map((unit) => (
            <option key={unit} value={unit}>
              {t(UNIT_WORDS[unit].label)}
            </option>
          ))}
        </select>
      </div>
      {(['startDaily', 'target'] as const).map((key) => {
        const field = fields[key];
        const id = `walk-${key}`;
        return (
          <div key={key} class={`field ${field.invalid ? 'field-invalid' : ''}`}>
            <label for={id}>{t(LABELS[key])}</label>
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
                {t(UNIT_WORDS[shown].label)}
              </span>
            </div>
            <FieldMessages id={id} messages={field} />
          </div>
        );
      })}
      <Toggle id="field-walkingNudge" label={t('settings.walking.nudge')} hint={t('settings.walking.nudgeHint')} checked={nudge} onChange={onNudgeChange} />
    </fieldset>
  );
}
