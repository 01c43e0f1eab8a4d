import './PainScale.css';

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
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p class="hint pain-ends">
        <span>0 no pain</span>
        <span>10 worst imaginable</span>
      </p>
    </fieldset>
  );
}
