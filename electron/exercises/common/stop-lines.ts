import type { MessageKey } from '../../i18n/common/generated/keys';

/** The stop signs several exercises share, written once (words: exercises.json, safety-critical). */
export const STOP_NERVE: MessageKey = 'exercises.stop.nerve';
export const STOP_SHARP: MessageKey = 'exercises.stop.sharp';
export const STOP_WALK: MessageKey = 'exercises.stop.walk';
