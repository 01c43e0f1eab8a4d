import { t } from '@electron/i18n/common/translate';
import type { SettingsKey } from '@electron/settings/common/schema';
import { useDraftField } from '../hooks/use-draft-field';
import { parseNumberField, type SaveOutcome } from '../settings-fields';
import { FieldMessages } from './FieldMessages';

interface Props {
  name: SettingsKey;
  label: string;
  hint: string;
  value: number;
  unit?: 'min' | 's';
  /** Store a finished, valid value; resolves with what main said. */
  onSave: (value: number) => Promise<SaveOutcome>;
}

/** A number input that checks as you type and saves when you finish (Enter or leaving the field). */
export function NumberField({ name, label, hint, value, unit = 'min', onSave }: Props) {
  const id = `field-${name}`;
  const draft = useDraftField({
    value,
    format: String,
    parse: (text) => parseNumberField(name, text, unit === 'min' ? 'minutes' : 'seconds'),
    save: onSave,
  });

  return (
    <div class={`field ${draft.invalid ? 'field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <div class="field-row">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          {...draft.inputProps}
          aria-invalid={draft.invalid ? 'true' : 'false'}
          aria-describedby={`${id}-hint ${id}-error ${id}-status`}
        />
        <span class="unit" aria-hidden="true">
          {unit === 'min' ? t('app.field.unitMin') : t('app.field.unitSec')}
        </span>
      </div>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <FieldMessages id={id} messages={draft} />
    </div>
  );
}
