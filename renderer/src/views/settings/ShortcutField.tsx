import { FieldMessages } from '../../components/FieldMessages';
import { useDraftField } from '../../hooks/use-draft-field';
import { parseField, type FieldResult, type SaveOutcome } from '../../settings-fields';

interface Props {
  value: string;
  /** Store a finished, valid accelerator; resolves with what main said. */
  onSave: (value: string) => Promise<SaveOutcome>;
}

const id = 'field-focusShortcut';

/**
 * The global focus-mode shortcut, typed as an accelerator, checked as you type and saved when you
 * finish: saving "Ctrl+Alt+F" on the way to "Ctrl+Alt+F1" would grab a key the user never chose.
 */
export function ShortcutField({ value, onSave }: Props) {
  const draft = useDraftField({
    value,
    format: (v) => v,
    parse: (text) => parseField('focusShortcut', text.trim()) as FieldResult<string>,
    save: onSave,
  });
  return (
    <div class={`field ${draft.invalid ? 'field-invalid' : ''}`}>
      <label for={id}>Focus mode shortcut</label>
      <input
        id={id}
        class="input-wide"
        type="text"
        autoComplete="off"
        spellcheck={false}
        {...draft.inputProps}
        aria-invalid={draft.invalid ? 'true' : 'false'}
        aria-describedby={`${id}-hint ${id}-error ${id}-status`}
      />
      <p id={`${id}-hint`} class="hint">
        Works from any app: turns focus mode on or off, so reminders wait until your meeting or presentation is over.
      </p>
      <FieldMessages id={id} messages={draft} />
    </div>
  );
}
