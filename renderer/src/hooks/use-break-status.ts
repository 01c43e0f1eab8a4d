import type { BreakPlanStatus as BreakStatus } from '@electron/breaks/common/status';
import { api } from '../api';
import type { LiveSource } from './live-feed';
import { useLiveData, type LiveData } from './use-live-data';

const breakStatusSource: LiveSource<BreakStatus> = {
  fetch: () => api.getBreakStatus(),
  subscribe: (push) => api.onBreakStatus(push),
};

/** The scheduler's status, pushed by main on every change and fetched fresh on mount. */
export function useBreakStatus(): LiveData<BreakStatus> {
  return useLiveData(breakStatusSource);
}
