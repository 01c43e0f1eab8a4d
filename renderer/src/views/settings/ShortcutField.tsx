import { useEffect, useState } from 'preact/hooks';
import { parseField } from '../../settings-fields';
import './ShortcutField.css';

interface Props {
  value: string;
  onValid: (value: string) => void;
}

/** The global focus-mode shortcut, typed as an accelerator and checked as you type. */
export function ShortcutField({ value, onValid }: Props) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (error === null) setText(value);
  }, [value]);
  return (
    <div class={`field ${error ? 'field-invalid' : ''}`}>
      <label for="field-focusShortcut">Focus mode shortcut</label>
      <input
        id="field-focusShortcut"
        class="input-wide"
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby="field-focusShortcut-hint field-focusShortcut-error"
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const parsed = parseField('focusShortcut', next.trim());
          if (parsed.ok) {
            setError(null);
            if (parsed.value !== value) onValid(parsed.value as string);
          } else setError(parsed.message);
        }}
      />
      <p id="field-focusShortcut-hint" class="hint">
        Works from any app: turns focus mode on or off, so reminders wait until your meeting or presentation is over.
      </p>
      <p id="field-focusShortcut-error" class="error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </div>
  );
}
