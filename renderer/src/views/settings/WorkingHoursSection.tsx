import { useEffect, useState } from 'preact/hooks';
import { WorkdaySchema, type Settings, type Workday } from '@electron/settings/common/schema';
import { Toggle } from '../../components/Toggle';
import './WorkingHoursSection.css';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Show the week starting Monday, the way most calendars at work do. */
const ORDER = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  value: Settings['workingHours'];
  onSave: (value: Settings['workingHours']) => void;
}

/** Per-weekday hours. A day that ends before it starts is flagged on that row and not saved. */
export function WorkingHoursSection({ value, onSave }: Props) {
  const [days, setDays] = useState<Workday[]>(value.days);
  const [errors, setErrors] = useState<Record<number, string>>({});

  useEffect(() => {
    if (Object.keys(errors).length === 0) setDays(value.days);
  }, [value]);

  const change = (index: number, patch: Partial<Workday>) => {
    const next = days.map((day, i) => (i === index ? { ...day, ...patch } : day));
    setDays(next);
    const nextErrors: Record<number, string> = {};
    next.forEach((day, i) => {
      const parsed = WorkdaySchema.safeParse(day);
      if (!parsed.success) nextErrors[i] = parsed.error.issues[0]?.message ?? 'Check these times.';
    });
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length === 0) onSave({ enabled: value.enabled, days: next });
  };

  return (
    <fieldset class="card">
      <legend>Working hours</legend>
      <Toggle
        id="field-workingHours-enabled"
        label="Only remind me during my working hours"
        hint="Outside these hours nothing pops up. You can still start a session yourself."
        checked={value.enabled}
        onChange={(enabled) => onSave({ enabled, days })}
      />
      <table class="hours-table" aria-label="Working hours per day">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {ORDER.map((index) => {
            const day = days[index]!;
            const name = DAY_NAMES[index]!;
            const error = errors[index];
            return (
              <tr key={name} class={error ? 'row-invalid' : ''}>
                <th scope="row">
                  <label class="day-toggle">
                    <input
                      type="checkbox"
                      checked={day.enabled}
                      disabled={!value.enabled}
                      onChange={(e) => change(index, { enabled: e.currentTarget.checked })}
                    />
                    {name}
                  </label>
                </th>
                <td>
                  <input
                    type="time"
                    aria-label={`${name} from`}
                    value={day.start}
                    disabled={!value.enabled || !day.enabled}
                    onChange={(e) => change(index, { start: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={`${name} to`}
                    value={day.end}
                    disabled={!value.enabled || !day.enabled}
                    aria-invalid={error ? 'true' : 'false'}
                    aria-describedby={error ? `hours-error-${index}` : undefined}
                    onChange={(e) => change(index, { end: e.currentTarget.value })}
                  />
                  {error && (
                    <p id={`hours-error-${index}`} class="error" role="alert">
                      {name}: {error}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
