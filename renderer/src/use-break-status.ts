import { useEffect, useState } from 'preact/hooks';
import type { BreakStatus } from '../../electron/core/breaks/runtime';
import { api } from './api';

/** The scheduler's status, pushed by main on every change and fetched fresh on mount. */
export function useBreakStatus(): [BreakStatus | null, (s: BreakStatus) => void] {
  const [status, setStatus] = useState<BreakStatus | null>(null);
  useEffect(() => {
    let alive = true;
    void api.getBreakStatus().then((r) => alive && r.ok && setStatus(r.value));
    const off = api.onBreakStatus(setStatus);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return [status, setStatus];
}
