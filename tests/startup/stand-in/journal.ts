// The stand-in Electron's memory: every call main makes, in order, with the phase it came in, and
// every breach of Electron's documented ordering. The scenario turns it into the report.

export type Phase = 'before-ready' | 'after-ready' | 'after-quit';
/** When Electron allows a call: only before `ready`, only after it, or any time. */
export type Allowed = 'before-ready' | 'after-ready' | 'any';

export interface CallRecord {
  api: string;
  phase: Phase;
  args: unknown[];
}

let phase: Phase = 'before-ready';
export const calls: CallRecord[] = [];
export const violations: string[] = [];

export const currentPhase = (): Phase => phase;
export const setPhase = (next: Phase): void => {
  phase = next;
};

/** Records a call and checks it against Electron's rules for when it may be made. */
export function record(api: string, allowed: Allowed, ...args: unknown[]): void {
  calls.push({ api, phase, args: args.map(plain) });
  if (allowed === 'before-ready' && phase !== 'before-ready')
    violations.push(`${api} was called after ready (Electron requires it before)`);
  if (allowed === 'after-ready' && phase === 'before-ready')
    violations.push(`${api} was called before ready (Electron requires it after)`);
}

export const callsTo = (api: string): CallRecord[] => calls.filter((c) => c.api === api);

/** Arguments as JSON can carry them: functions by name, everything else as it is. */
function plain(value: unknown): unknown {
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (value === null || typeof value !== 'object') return value;
  try {
    return JSON.parse(
      JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? '[function]' : v)),
    ) as unknown;
  } catch {
    return '[unserialisable]';
  }
}

/**
 * A failure a test injects (LIMBER_STAND_IN_THROW=<api>): that call throws, as a native call can
 * when the desktop underneath misbehaves.
 */
export function faultAt(api: string): void {
  if (process.env['LIMBER_STAND_IN_THROW'] === api) throw new Error(`stand-in: ${api} failed`);
}
