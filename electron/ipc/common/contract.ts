import type { z } from 'zod';
import { appChannels, appEvents } from '../../shell/common/app-channels';
import { breakChannels, breakEvents } from '../../breaks/common/break-channels';
import { historyChannels, historyEvents } from '../../history/common/history-channels';
import { presenceChannels, presenceEvents } from '../../presence/common/presence-channels';
import { reminderChannels, reminderEvents } from '../../breaks/common/reminder-channels';
import { sessionChannels, sessionEvents } from '../../session/common/session-channels';
import { settingsChannels, settingsEvents } from '../../settings/common/settings-channels';
import { transferChannels } from '../../transfer/common/transfer-channels';
import { safetyChannels } from '../../safety/common/safety-channels';
import { routinesChannels, routinesEvents } from '../../routines/common/routines-channels';
import type { ChannelSpec, EventSpec } from '../../base/common/define-channel';
import type { IpcResult } from '../../base/common/result';

/**
 * The whole IPC surface in one place. Each feature declares its channels in its own
 * common/<feature>-channels.ts; this module joins them. The preload derives its API from it, main registers handlers from it and
 * validates every argument with it, so the three cannot drift apart.
 */
export const CHANNELS = {
  ...appChannels,
  ...settingsChannels,
  ...reminderChannels,
  ...breakChannels,
  ...sessionChannels,
  ...historyChannels,
  ...transferChannels,
  ...safetyChannels,
  ...presenceChannels,
  ...routinesChannels,
} as const satisfies Record<string, ChannelSpec>;

export const EVENTS = {
  ...appEvents,
  ...settingsEvents,
  ...reminderEvents,
  ...breakEvents,
  ...sessionEvents,
  ...historyEvents,
  ...presenceEvents,
  ...routinesEvents,
} as const satisfies Record<string, EventSpec>;

export type Channels = typeof CHANNELS;
export type ChannelName = keyof Channels;
export type EventName = keyof typeof EVENTS;

export type ArgsOf<C extends ChannelName> = z.output<Channels[C]['args']>;
export type InputArgsOf<C extends ChannelName> = z.input<Channels[C]['args']>;
export type ResultOf<C extends ChannelName> = Exclude<Channels[C]['result'], undefined>;
export type PayloadOf<E extends EventName> = Exclude<(typeof EVENTS)[E]['payload'], undefined>;

/** The API the page sees: one method per channel, one `onX(listener) => unsubscribe` per event. */
export type LimberApi = {
  readonly [C in ChannelName as Channels[C]['method']]: (
    ...args: InputArgsOf<C>
  ) => Promise<IpcResult<ResultOf<C>>>;
} & {
  readonly [E in EventName as (typeof EVENTS)[E]['method']]: (
    listener: (payload: PayloadOf<E>) => void,
  ) => () => void;
};

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.hasOwn(CHANNELS, name);
