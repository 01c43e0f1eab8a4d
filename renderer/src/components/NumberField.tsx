import { useEffect, useState } from 'preact/hooks';
import type { SettingsKey } from '@core/settings/schema';
import { parseNumberField } from '../settings-fields';

interface Props {
  name: SettingsKey;
  label: string;
  hint: string;
  value: number;
  unit?: 'min' | 's';
  onValid: (value: number) => void;
}

/** A number input that validates as you type and only reports values main would accept. */
export function NumberField({ name, label, hint, value, unit = 'min', onValid }: Props) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const id = `field-${name}`;

  // A change from elsewhere (tray, import) replaces the text unless the user is mid-edit on an error.
  useEffect(() => {
    if (error === null) setText(String(value));
  }, [value]);

  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    setText(next);
    const parsed = parseNumberField(name, next, unit === 'min' ? 'minutes' : 'seconds');
    if (parsed.ok) {
      setError(null);
      if (parsed.value !== value) onValid(parsed.value);
    } else setError(parsed.message);
  };

  return (
    <div class={`field ${error ? 'field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <div class="field-row">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onInput={onInput}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`${id}-hint ${id}-error`}
        />
        <span class="unit" aria-hidden="true">
          {unit}
        </span>
      </div>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <p id={`${id}-error`} class="error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </div>
  );
}
