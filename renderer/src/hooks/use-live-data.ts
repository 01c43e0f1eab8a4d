import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { initialLiveState, liveDataReducer, type LiveAction, type LiveState, type LiveView } from './live-data-state';
import { LiveFeed, type LiveSource } from './live-feed';

export interface LiveControls<T> {
  /** Try again after a failed fetch (the Retry button). */
  retry: () => void;
  /** Fetch again now, e.g. when a countdown reaches zero. */
  refetch: () => void;
  /** Show a value known to be current, e.g. the status an action returned. */
  set: (value: T) => void;
}

export type LiveData<T> = LiveView<T> & LiveControls<T>;

/**
 * Data main owns, kept live on screen: fetched on mount, then updated by main's events. A push
 * that arrives while the first fetch is still on its way wins over that older fetch; a component
 * that has unmounted ignores late results; a failed fetch ends in `failed`, never in endless
 * loading. `source` is read once, on mount.
 */
export function useLiveData<T>(source: LiveSource<T>): LiveData<T> {
  const [state, dispatch] = useReducer<LiveState<T>, LiveAction<T>>(
    liveDataReducer,
    initialLiveState<T>(source.known?.()),
  );
  const feed = useRef<LiveFeed<T> | null>(null);

  useEffect(() => {
    const current = new LiveFeed(source, dispatch);
    feed.current = current;
    current.open();
    return () => current.close();
  }, []);

  const controls = useMemo<LiveControls<T>>(
    () => ({
      retry: () => feed.current?.retry(),
      refetch: () => feed.current?.refetch(),
      set: (value) => feed.current?.push(value),
    }),
    [],
  );
  return { ...state.view, ...controls };
}
