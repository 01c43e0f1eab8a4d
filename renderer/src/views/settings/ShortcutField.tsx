import { useEffect, useState } from 'preact/hooks';
import { parseField } from '../../settings-fields';
import './ShortcutField.css';

interface Props {
  field: 'focusShortcut' | 'startShortcut';
  label: string;
  hint: string;
  value: string;
  /** False where the desktop decides (Wayland): the shortcut may need confirming, or do nothing. */
  guaranteed: boolean;
  onValid: (value: string) => void;
}

/** A global shortcut setting, typed as an accelerator and checked as you type. */
export function ShortcutField({ field, label, hint, value, guaranteed, onValid }: Props) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (error === null) setText(value);
  }, [value]);
  const id = `field-${field}`;
  return (
    <div class={`field ${error ? 'field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        class="input-wide"
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={`${id}-hint${guaranteed ? '' : ` ${id}-wayland`} ${id}-error`}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const parsed = parseField(field, next.trim());
          if (parsed.ok) {
            setError(null);
            if (parsed.value !== value) onValid(parsed.value as string);
          } else setError(parsed.message);
        }}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {!guaranteed && (
        <p id={`${id}-wayland`} class="hint">
          On Wayland, global shortcuts go through your desktop: it may ask you to confirm the keys, or ignore them, so
          Limber cannot promise this one works. The tray menu and the Home screen do the same.
        </p>
      )}
      <p id={`${id}-error`} class="error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </div>
  );
}
