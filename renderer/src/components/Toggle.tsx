import type { ComponentChildren } from 'preact';
import './Toggle.css';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** A second line under the hint (e.g. what this computer can tell), described with it. */
  note?: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox with an optional hint and note, announced together. */
export function Toggle({ id, label, hint, note, checked, onChange }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ');
  return (
    <div class="field field-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} class="hint">
            {hint}
          </p>
        )}
        {note && (
          <p id={`${id}-note`} class="toggle-note">
            {note}
          </p>
        )}
      </div>
    </div>
  );
}
