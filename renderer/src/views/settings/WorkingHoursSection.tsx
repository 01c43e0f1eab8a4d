import { formatWeekday } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';
import { useEffect, useState } from 'preact/hooks';
import { WorkdaySchema, type Settings, type Workday } from '@electron/settings/common/schema';
import { Toggle } from '../../components/Toggle';
import './WorkingHoursSection.css';

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
      if (!parsed.success) nextErrors[i] = parsed.error.issues[0]?.message ?? t('settings.hours.checkTimes');
    });
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length === 0) onSave({ enabled: value.enabled, days: next });
  };

  return (
    <fieldset class="card">
      <legend>{t('settings.hours.legend')}</legend>
      <Toggle
        id="field-workingHours-enabled"
        label={t('settings.hours.enabled')}
        hint={t('settings.hours.enabledHint')}
        checked={value.enabled}
        onChange={(enabled) => onSave({ enabled, days })}
      />
      <table class="hours-table" aria-label={t('settings.hours.table')}>
        <thead>
          <tr>
            <th scope="col">{t('settings.hours.day')}</th>
            <th scope="col">{t('settings.hours.from')}</th>
            <th scope="col">{t('settings.hours.to')}</th>
          </tr>
        </thead>
        <tbody>
          {ORDER.map((index) => {
            const day = days[index]!;
            const name = formatWeekday(index, 'long');
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
                    aria-label={t('settings.hours.dayFrom', { day: name })}
                    value={day.start}
                    disabled={!value.enabled || !day.enabled}
                    onChange={(e) => change(index, { start: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={t('settings.hours.dayTo', { day: name })}
                    value={day.end}
                    disabled={!value.enabled || !day.enabled}
                    aria-invalid={error ? 'true' : 'false'}
                    aria-describedby={error ? `hours-error-${index}` : undefined}
                    onChange={(e) => change(index, { end: e.currentTarget.value })}
                  />
                  {error && (
                    <p id={`hours-error-${index}`} class="error" role="alert">
                      {t('settings.hours.dayError', { day: name, error })}
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
