import type { z } from 'zod';
import { CHANNELS, isChannelName, type ArgsOf, type ChannelName, type ResultOf } from '../common/contract';
import type { WriteLimit } from '../../base/common/define-channel';
import { fail, InvalidArgumentsError, ok, type IpcIssue, type IpcResult } from '../../base/common/result';
import { t } from '../../i18n/common/translate';

export type Handlers = {
  [C in ChannelName]: (...args: ArgsOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
};

export type Dispatch = (channel: unknown, args: unknown) => Promise<IpcResult<unknown>>;

const MAX_ISSUES = 20;

function toIssues(error: z.ZodError): IpcIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Sliding-window counters for the channels with a `limit` (define.ts): call times, oldest first. */
function rateLimiter(now: () => number): (channel: ChannelName) => boolean {
  const calls = new Map<ChannelName, number[]>();
  return (channel) => {
    const limit = (CHANNELS[channel] as { limit?: WriteLimit }).limit;
    if (!limit) return true;
    const at = now();
    const times = (calls.get(channel) ?? []).filter((t) => at - t < limit.perMs);
    if (times.length >= limit.calls) {
      calls.set(channel, times);
      return false;
    }
    times.push(at);
    calls.set(channel, times);
    return true;
  };
}

/**
 * The single entry point for every call from a page. It checks the channel and validates the
 * arguments against the contract before any handler runs, and turns every failure into a typed
 * error: nothing a page sends can throw in main. A valid call to a write path past its rate limit
 * is refused before its handler runs (invalid calls never reach a handler, so they do not count).
 */
export function createRouter(
  handlers: Handlers,
  log: (message: string, error?: unknown) => void = () => {},
  now: () => number = () => performance.now(),
): Dispatch {
  const allowed = rateLimiter(now);
  return async (channel, args) => {
    if (!isChannelName(channel)) {
      return fail('unknown-channel', t('errors.ipc.unknownOperation', { name: JSON.stringify(String(channel).slice(0, 60)) }));
    }
    if (!Array.isArray(args)) return fail('invalid-arguments', t('errors.ipc.notAList'));
    const parsed = CHANNELS[channel].args.safeParse(args);
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      const first = issues[0]?.message ?? t('errors.ipc.invalid');
      return fail('invalid-arguments', first, issues);
    }
    if (!allowed(channel)) {
      return fail('rate-limited', t('errors.ipc.rateLimited'));
    }
    try {
      const handler = handlers[channel] as (...a: unknown[]) => unknown;
      return ok(await handler(...(parsed.data as unknown[])));
    } catch (error) {
      if (error instanceof InvalidArgumentsError) return fail('invalid-arguments', error.message, error.issues);
      log(`IPC handler for ${channel} failed`, error);
      return fail('failed', t('errors.ipc.failed'));
    }
  };
}
