import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldResult, SaveOutcome } from '../settings-fields';
import { decideCommit, draftMessages, type DraftMessages, type DraftState } from './draft-rules';
import { useDraftHold } from './use-window-hold';

interface Options<T> {
  /** The value main has now. */
  value: T;
  format: (value: T) => string;
  parse: (text: string) => FieldResult<T>;
  save: (value: T) => Promise<SaveOutcome>;
  same?: (a: T, b: T) => boolean;
}

export interface DraftField extends DraftMessages {
  invalid: boolean;
  /** Spread onto the <input>. */
  inputProps: {
    value: string;
    onInput: (event: Event) => void;
    onKeyDown: (event: KeyboardEvent) => void;
    onBlur: () => void;
  };
}

/**
 * A text field that saves only a finished value: on Enter or on leaving the field, and only if it
 * is valid. Never while typing — on the way to 150, "1" and "15" may each be valid, and saving them
 * would move the schedule under the user's fingers. Esc puts the saved value back.
 */
export function useDraftField<T>({ value, format, parse, save, same = Object.is }: Options<T>): DraftField {
  const [state, setState] = useState<DraftState>({ text: format(value), phase: 'clean', failure: null });
  // Latest of everything, for the handlers and for the unmount commit below.
  const live = useRef({ state, value, parse, save, same });
  live.current = { state, value, parse, save, same };
  const generation = useRef(0);

  // A change from elsewhere (tray, import, another window) shows at once unless the user is editing.
  useEffect(() => {
    setState((s) => (s.phase === 'clean' || s.phase === 'saved' ? { ...s, text: format(value) } : s));
  }, [value]);

  const commit = () => {
    const { state: current, value: saved } = live.current;
    const decision = decideCommit(current, live.current.parse, saved, live.current.same);
    if (decision.kind === 'unchanged') setState({ text: format(saved), phase: 'clean', failure: null });
    if (decision.kind !== 'save') return;
    const mine = ++generation.current;
    const saving: DraftState = { ...current, phase: 'saving', failure: null };
    live.current.state = saving; // Enter then an instant blur must not send it twice
    setState(saving);
    void live.current.save(decision.value).then((outcome) => {
      // Typing again while main answered makes this answer stale: the new text is what counts.
      if (mine !== generation.current) return;
      setState((s) =>
        outcome.ok ? { ...s, phase: 'saved', failure: null } : { ...s, phase: 'failed', failure: outcome.message },
      );
    });
  };

  // Leaving the screen (e.g. the tray opens another view) is leaving the field: a finished, valid
  // value is saved rather than lost.
  useEffect(
    () => () => {
      const { state: last, parse: parseLast, value: saved, same: sameLast, save: saveLast } = live.current;
      const decision = decideCommit(last, parseLast, saved, sameLast);
      if (decision.kind === 'save') void saveLast(decision.value);
    },
    [],
  );

  // Typed but not saved (or refused): the window is kept if hidden, so the text is not lost.
  useDraftHold(state.phase === 'pending' || state.phase === 'failed');
  const messages = draftMessages(state, parse);
  return {
    ...messages,
    invalid: messages.error !== null,
    inputProps: {
      value: state.text,
      onInput: (event) => {
        const text = (event.currentTarget as HTMLInputElement).value;
        generation.current++;
        setState({ text, phase: text === format(live.current.value) ? 'clean' : 'pending', failure: null });
      },
      onKeyDown: (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        } else if (event.key === 'Escape' && state.phase !== 'clean') {
          event.preventDefault();
          generation.current++;
          setState({ text: format(live.current.value), phase: 'clean', failure: null });
        }
      },
      onBlur: commit,
    },
  };
}
