/** What every IPC call returns: a value, or a typed error the page can show. Never a throw. */
export type IpcErrorCode = 'unknown-channel' | 'invalid-arguments' | 'forbidden-sender' | 'rate-limited' | 'failed';

export interface IpcIssue {
  /** Dotted path of the argument, e.g. `0.stretchIntervalMin`; empty for the call as a whole. */
  path: string;
  message: string;
}

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  issues: IpcIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string, issues: IpcIssue[] = []): IpcResult<never> => ({
  ok: false,
  error: { code, message, issues },
});

/**
 * Thrown by a handler when arguments that passed the contract break a rule only the domain knows
 * (e.g. a working day that ends before it starts). The router returns it as `invalid-arguments`.
 */
export class InvalidArgumentsError extends Error {
  constructor(readonly issues: IpcIssue[]) {
    super(issues[0]?.message ?? 'Invalid arguments.');
    this.name = 'InvalidArgumentsError';
  }
}
