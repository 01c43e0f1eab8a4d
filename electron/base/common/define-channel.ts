import type { z } from 'zod';

/**
 * One invoke-style operation: the preload method name, a zod tuple for its arguments (checked in
 * main before any handler runs) and, as a type only, its result.
 */
/**
 * How often a page may call a channel that writes (history, settings, files) or starts work
 * outside Limber: at most `calls` in any `perMs` milliseconds. Past it the router answers
 * `rate-limited` and the handler does not run. Generous for a person, tight for a compromised page
 * (the audit measured 12–15 GB an hour through an unlimited session:record).
 */
export interface WriteLimit {
  readonly calls: number;
  readonly perMs: number;
}

export const perMinute = (calls: number): WriteLimit => ({ calls, perMs: 60_000 });
export const perHour = (calls: number): WriteLimit => ({ calls, perMs: 3_600_000 });

export interface ChannelSpec<Args extends z.ZodTuple = z.ZodTuple, Result = unknown> {
  readonly method: string;
  readonly args: Args;
  /** Rate limit for a write path; absent for reads. */
  readonly limit?: WriteLimit;
  /** Phantom: carries the result type, never read at runtime. */
  readonly result?: Result;
}

/** A main → renderer message: the preload `onX` method name and, as a type, its payload. */
export interface EventSpec<Payload = unknown> {
  readonly method: string;
  readonly payload?: Payload;
}

export const channel =
  <Result>() =>
  <const M extends string, A extends z.ZodTuple>(method: M, args: A, limit?: WriteLimit) =>
    (limit ? { method, args, limit } : { method, args }) as {
      readonly method: M;
      readonly args: A;
      readonly limit?: WriteLimit;
      readonly result?: Result;
    };

export const event =
  <Payload>() =>
  <const M extends string>(method: M) =>
    ({ method }) as { readonly method: M; readonly payload?: Payload };
