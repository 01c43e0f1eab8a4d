import './PainScale.css';
import { t } from '@electron/i18n/common/translate';
import { formatNumber } from '@electron/i18n/common/format';

interface Props {
  label: string;
  value: number | null;
  onChange: (value: number) => void;
}

/** A one-tap 0–10 pain rating. Optional: nothing happens until a number is chosen. */
export function PainScale({ label, value, onChange }: Props) {
  return (
    <fieldset class="pain-scale">
      <legend>{label}</legend>
      <div class="pain-options">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} class={`pain-option ${value === n ? 'pain-selected' : ''}`}>
            <input type="radio" name={label} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{formatNumber(n)}</span>
          </label>
        ))}
      </div>
      <p class="hint pain-ends">
        <span>{t('app.pain.none', { zero: formatNumber(0) })}</span>
        <span>{t('app.pain.worst', { ten: formatNumber(10) })}</span>
      </p>
    </fieldset>
  );
}
