/**
 * The state of one piece of live data (settings, break status, history…): what the screen shows,
 * and which value is the newest. Pure, so the rules below are unit-tested without a DOM.
 *
 * Every fetch and every pushed value gets a ticket from one rising counter when it starts (a fetch)
 * or arrives (a push). A value is shown only if its ticket is newer than the value on screen, so a
 * fetch that was already on its way when main pushed a change can never overwrite that change.
 */
export type LiveView<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; value: T }
  | { kind: 'failed'; message: string };

export interface LiveState<T> {
  view: LiveView<T>;
  /** Ticket of the value on screen; 0 before any value arrived. */
  shownTicket: number;
}

export type LiveAction<T> =
  /** A fetch or a push brought a value. */
  | { type: 'arrived'; ticket: number; value: T }
  /** A fetch came back with an error (or its promise rejected). */
  | { type: 'failed'; ticket: number; message: string }
  /** The user asked to try again after a failure. */
  | { type: 'retrying' };

/** Loading, or `known` at once (a value fetched before the screen mounted); either way a fetch follows. */
export function initialLiveState<T>(known?: T): LiveState<T> {
  return { view: known === undefined ? { kind: 'loading' } : { kind: 'ready', value: known }, shownTicket: 0 };
}

export function liveDataReducer<T>(state: LiveState<T>, action: LiveAction<T>): LiveState<T> {
  switch (action.type) {
    case 'arrived':
      if (action.ticket <= state.shownTicket) return state;
      return { view: { kind: 'ready', value: action.value }, shownTicket: action.ticket };
    case 'failed':
      // A newer value is already on screen, or a good value is: a failed refresh never hides data.
      if (action.ticket <= state.shownTicket || state.view.kind === 'ready') return state;
      return { ...state, view: { kind: 'failed', message: action.message } };
    case 'retrying':
      return state.view.kind === 'failed' ? { ...state, view: { kind: 'loading' } } : state;
  }
}
