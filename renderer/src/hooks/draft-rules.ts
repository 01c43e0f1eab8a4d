import { t } from '@electron/i18n/common/translate';
import type { FieldResult } from '../settings-fields';

/**
 * The rules for a text field whose value is saved: pure, so they are tested without a page.
 *
 * clean   — the text shows the saved value
 * pending — the user changed the text and has not finished (Enter or leaving the field)
 * saving  — sent to main, no answer yet
 * saved   — main stored it
 * failed  — main refused or could not store it; the text is kept so nothing typed is lost
 */
export type DraftPhase = 'clean' | 'pending' | 'saving' | 'saved' | 'failed';

export interface DraftState {
  text: string;
  phase: DraftPhase;
  /** Main's own words when the last save failed. */
  failure: string | null;
}

export type Commit<T> = { kind: 'nothing' } | { kind: 'invalid' } | { kind: 'unchanged' } | { kind: 'save'; value: T };

/** What finishing an edit does: only a changed, valid value is ever sent to main. */
export function decideCommit<T>(
  state: DraftState,
  parse: (text: string) => FieldResult<T>,
  saved: T,
  same: (a: T, b: T) => boolean,
): Commit<T> {
  if (state.phase !== 'pending' && state.phase !== 'failed') return { kind: 'nothing' };
  const parsed = parse(state.text);
  if (!parsed.ok) return { kind: 'invalid' };
  return same(parsed.value, saved) ? { kind: 'unchanged' } : { kind: 'save', value: parsed.value };
}

/** Looked up when shown, so it is in the language of the moment. */
export const pendingMessage = () => t('settings.notSavedYet');

export interface DraftMessages {
  /** A validation message, or main's reason for not saving. Shown as an alert. */
  error: string | null;
  /** Calm progress: not saved yet, saving, saved. Never shown together with an error. */
  status: string;
  /** The status says the value was stored (drawn as a success, whatever the language's words). */
  saved?: boolean;
}

export function draftMessages<T>(state: DraftState, parse: (text: string) => FieldResult<T>): DraftMessages {
  if (state.phase === 'clean') return { error: null, status: '' };
  if (state.phase === 'failed')
    return { error: t('settings.notSaved', { reason: state.failure ?? t('settings.couldNotSave') }), status: '' };
  const parsed = parse(state.text);
  if (!parsed.ok) return { error: parsed.message, status: '' };
  if (state.phase === 'pending') return { error: null, status: pendingMessage() };
  return state.phase === 'saving' ? { error: null, status: t('settings.saving') } : { error: null, status: t('settings.saved'), saved: true };
}
