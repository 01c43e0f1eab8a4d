import type { BreakPlanStatus as BreakStatus } from '@electron/breaks/common/status';
import { api } from '../api';
import { earlySource } from './early-source';
import type { LiveSource } from './live-feed';
import { useLiveData, type LiveData } from './use-live-data';

const plainSource: LiveSource<BreakStatus> = {
  fetch: () => api.getBreakStatus(),
  subscribe: (push) => api.onBreakStatus(push),
};
let breakStatusSource: LiveSource<BreakStatus> = plainSource;

/** Asks for the status now, before the window's words arrive (main.tsx): home's countdown draws in the first frame. */
export function fetchBreakStatusEarly(): Promise<void> {
  const early = earlySource(plainSource);
  breakStatusSource = early;
  return early.settled;
}

/** The scheduler's status, pushed by main on every change and fetched fresh on mount. */
export function useBreakStatus(): LiveData<BreakStatus> {
  return useLiveData(breakStatusSource);
}
