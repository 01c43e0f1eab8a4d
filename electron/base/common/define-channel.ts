import type { z } from 'zod';

/**
 * One invoke-style operation: the preload method name, a zod tuple for its arguments (checked in
 * main before any handler runs) and, as a type only, its result.
 */
export interface ChannelSpec<Args extends z.ZodTuple = z.ZodTuple, Result = unknown> {
  readonly method: string;
  readonly args: Args;
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
  <const M extends string, A extends z.ZodTuple>(method: M, args: A) =>
    ({ method, args }) as { readonly method: M; readonly args: A; readonly result?: Result };

export const event =
  <Payload>() =>
  <const M extends string>(method: M) =>
    ({ method }) as { readonly method: M; readonly payload?: Payload };
