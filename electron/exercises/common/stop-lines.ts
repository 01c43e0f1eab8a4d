/** The stop signs most exercises share, written once. */
export const STOP_NERVE = 'Pain spreads down your leg, or you feel new numbness or tingling.';
export const STOP_SHARP = 'You feel sharp or stabbing pain rather than a gentle pull.';
