import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadError } from '../components/LoadError';
import { t } from '@electron/i18n/common/translate';
import { loadWords, type WordGroup } from '@electron/i18n/common/load-catalog';

/** A view whose code is its own chunk, fetched the first time it is wanted (or asked for early). */
export interface LazyView<P> {
  (props: P): JSX.Element | null;
  /** Fetches the chunk once; resolves with the view (callers may await it before showing it). */
  load: () => Promise<ComponentType<P>>;
  /** The chunk is here: the view draws in the same frame as the switch. */
  readonly ready: boolean;
}

/**
 * Keeps a view's code out of the window's first frame: home's countdown draws from the entry
 * chunk alone, and settings, history, safety and the session player come when first opened
 * (App awaits `load` before switching, so the heading is there to take focus). A chunk that fails
 * to load says so and offers to try again, rather than leaving an empty screen. Its words come
 * with it: `words` names the catalogue groups it shows beyond the first frame's, fetched beside
 * the code and in place before it draws.
 */
export function lazyView<P extends object>(
  fetchChunk: () => Promise<ComponentType<P>>,
  words: readonly WordGroup[],
): LazyView<P> {
  let view: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const load = () =>
    (pending ??= Promise.all([fetchChunk(), loadWords(words)]).then(
      ([loaded]) => (view = loaded),
      (error: unknown) => {
        pending = null; // the next try fetches again
        throw error;
      },
    ));

  function Lazy(props: P): JSX.Element | null {
    const [failure, setFailure] = useState<string | null>(null);
    const [, setLoaded] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (view) return;
      let live = true;
      load().then(
        () => live && setLoaded(true),
        (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (view) {
      const View = view;
      return <View {...props} />;
    }
    if (failure !== null)
      return (
        <LoadError
          what={t('app.loadError.screen')}
          message={failure}
          onRetry={() => {
            setFailure(null);
            setAttempt((n) => n + 1);
          }}
        />
      );
    return null;
  }
  // A getter of its own (Object.assign would copy the value `ready` has now, false for good).
  return Object.defineProperties(Lazy, {
    load: { value: load },
    ready: { get: () => view !== null },
  }) as LazyView<P>;
}
