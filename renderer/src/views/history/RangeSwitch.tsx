import { HISTORY_RANGES, type HistoryRange } from '@electron/history/common/stats';
import './RangeSwitch.css';

const LABELS: Record<HistoryRange, string> = { week: 'Week', month: 'Month', '3-months': '3 months' };
const RANGES = Object.keys(HISTORY_RANGES) as HistoryRange[];

/** Week, month or 3 months: native radios drawn as segmented buttons, so arrow keys move between them. */
export function RangeSwitch({ value, onChange }: { value: HistoryRange; onChange: (range: HistoryRange) => void }) {
  return (
    <fieldset class="range-switch">
      <legend>Show</legend>
      {RANGES.map((range) => (
        <label key={range} class="range-option">
          <input type="radio" name="history-range" value={range} checked={value === range} onChange={() => onChange(range)} />
          <span>{LABELS[range]}</span>
        </label>
      ))}
    </fieldset>
  );
}
