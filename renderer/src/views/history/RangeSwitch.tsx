import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { t } from '@electron/i18n/common/translate';
import { HISTORY_RANGES, type HistoryRange } from '@electron/history/common/stats';
import './RangeSwitch.css';

const LABELS: Record<HistoryRange, MessageKey> = { week: 'history.range.week', month: 'history.range.month', '3-months': 'history.range.threeMonths' };
const RANGES = Object.keys(HISTORY_RANGES) as HistoryRange[];

/** Week, month or 3 months: native radios drawn as segmented buttons, so arrow keys move between them. */
export function RangeSwitch({ value, onChange }: { value: HistoryRange; onChange: (range: HistoryRange) => void }) {
  return (
    <fieldset class="range-switch">
      <legend>{t('history.range.show')}</legend>
      {RANGES.map((range) => (
        <label key={range} class="range-option">
          <input type="radio" name="history-range" value={range} checked={value === range} onChange={() => onChange(range)} />
          <span>{t(LABELS[range])}</span>
        </label>
      ))}
    </fieldset>
  );
}
