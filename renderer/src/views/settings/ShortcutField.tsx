import { t } from '@electron/i18n/common/translate';
import { FieldMessages } from '../../components/FieldMessages';
import { useDraftField } from '../../hooks/use-draft-field';
import { parseField, type FieldResult, type SaveOutcome } from '../../settings-fields';
import './ShortcutField.css';

interface Props {
  field: 'focusShortcut' | 'startShortcut';
  label: string;
  hint: string;
  value: string;
  /** False where the desktop decides (Wayland): the shortcut may need confirming, or do nothing. */
  guaranteed: boolean;
  /** Store a finished, valid accelerator; resolves with what main said. */
  onSave: (value: string) => Promise<SaveOutcome>;
}

/**
 * A global shortcut setting, typed as an accelerator, checked as you type and saved when you
 * finish: saving "Ctrl+Alt+F" on the way to "Ctrl+Alt+F1" would grab a key the user never chose.
 */
export function ShortcutField({ field, label, hint, value, guaranteed, onSave }: Props) {
  const id = `field-${field}`;
  const draft = useDraftField({
    value,
    format: (v) => v,
    parse: (text) => parseField(field, text.trim()) as FieldResult<string>,
    save: onSave,
  });
  return (
    <div class={`field ${draft.invalid ? 'field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        class="input-wide"
        type="text"
        autoComplete="off"
        spellcheck={false}
        {...draft.inputProps}
        aria-invalid={draft.invalid ? 'true' : 'false'}
        aria-describedby={`${id}-hint${guaranteed ? '' : ` ${id}-wayland`} ${id}-error ${id}-status`}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {!guaranteed && (
        <p id={`${id}-wayland`} class="hint">
          {t('settings.notify.shortcutWayland')}
        </p>
      )}
      <FieldMessages id={id} messages={draft} />
    </div>
  );
}
