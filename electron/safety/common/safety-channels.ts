import { z } from 'zod';
import { channel } from '../../base/common/define-channel';
import type { Escalation } from './escalation';

// The safety room's calls. The name keeps its history: prefix: it is read from the history file.
export const safetyChannels = {
  /** What the records suggest a clinician should hear about ("This hurt" twice in a week…); null when nothing. */
  'history:escalation': channel<Escalation | null>()('getEscalation', z.tuple([])),
} as const;
