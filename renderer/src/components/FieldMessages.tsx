import type { DraftMessages } from '../hooks/draft-rules';
import './FieldMessages.css';

/**
 * The line under a saved text field: an error (announced at once) or a calm status, never both —
 * "Saved." beside an error would be a contradiction. Ids: `${id}-error`, `${id}-status`.
 */
export function FieldMessages({ id, messages }: { id: string; messages: DraftMessages }) {
  return (
    <div class="field-messages">
      <p id={`${id}-error`} class="error" role={messages.error ? 'alert' : undefined}>
        {messages.error ?? ''}
      </p>
      <p
        id={`${id}-status`}
        class={`field-status ${messages.saved ? 'field-status-saved' : ''}`}
        role="status"
      >
        {messages.error ? '' : messages.status}
      </p>
    </div>
  );
}
