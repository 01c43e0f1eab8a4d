import { useEffect, useRef } from 'preact/hooks';
import type { PainSite } from '@electron/history/common/function-ranges';

/** How long a rating must stay chosen before it is stored. */
export const SETTLE_MS = 1500;

/**
 * Arrow keys move through a rating scale one number at a time, each choosing it: storing every
 * step would log 0, 1, 2, 3, 4 for one "4". A rating is stored once it has stayed chosen for
 * SETTLE_MS, when focus leaves the ratings, or when the screen goes, whichever comes first.
 */
export function useSettledRatings(store: (rating: number, site: PainSite) => void) {
  const pending = useRef(new Map<PainSite, { rating: number; timer: ReturnType<typeof setTimeout> }>());
  const storeRef = useRef(store);
  storeRef.current = store;
  const flush = (only?: PainSite) => {
    for (const [site, { rating, timer }] of [...pending.current]) {
      if (only && site !== only) continue;
      clearTimeout(timer);
      pending.current.delete(site);
      storeRef.current(rating, site);
    }
  };
  useEffect(() => () => flush(), []);
  const choose = (rating: number, site: PainSite) => {
    const was = pending.current.get(site);
    if (was) clearTimeout(was.timer);
    pending.current.set(site, { rating, timer: setTimeout(() => flush(site), SETTLE_MS) });
  };
  return { choose, flush };
}
