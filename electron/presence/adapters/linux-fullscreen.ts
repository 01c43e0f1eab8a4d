// Linux "presenting" on X11: the window in front (_NET_ACTIVE_WINDOW on the root window) has
// _NET_WM_STATE_FULLSCREEN, the EWMH state every X11 window manager sets for slide shows, full-screen
// video calls and shared screens. Read over one long-lived X11 connection that is told when either
// property changes (x11/front-window-watch.ts), so a reading is an answer from memory: no process,
// no round trip. The client is our own (x11/, no dependency): the `x11` npm package has had no
// release since 2017 and offers an untyped callback API, while the part of the core protocol this
// needs (setup, InternAtom, GetProperty, ChangeWindowAttributes, PropertyNotify, errors) has not
// changed since 1987 and fits in a few small, tested files. If the X server goes away the signal is
// unknown with the reason, and a later reading connects again, waiting longer after each failure.
// On Wayland no app may look at another's window, so it is unknown there (choose.ts never builds
// this probe then).
import type { PresenceFinding, PresenceProbe, ProbeContext } from '../../ports/presence';
import type { X11Connection } from './x11/connection';
import { FrontWindowWatch, type FrontWindow } from './x11/front-window-watch';
import { openX11, type OpenX11 } from './x11/open';
import { failureWords, wordsOf } from '../../base/common/os-failure';
import { t } from '../../i18n/common/translate';

export interface LinuxFullscreenOptions {
  env: NodeJS.ProcessEnv;
  /** Opens the X connection; tests wrap it to count requests or to fail on cue. */
  open?: OpenX11;
  /** Monotonic milliseconds, for the wait between reconnection attempts. */
  now?: () => number;
}

/** After a failure the next attempt waits this long, doubling up to LAST_RETRY_MS. */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 60_000;
/**
 * A reading this long after the last check sends one round trip (X11Connection.ping): events alone
 * cannot tell a quiet desktop from a server that stopped talking, and a connection nobody asks
 * anything never times out. A silent server is then dropped after the reply timeout.
 */
export const CHECK_ALIVE_EVERY_MS = 30_000;

/** A failure in the person's words; X's and the system's own words go to the log. */
const describe = (error: unknown): string => wordsOf('X11 full-screen probe', error);

function findings(front: FrontWindow): PresenceFinding[] {
  if (!front.known) return [{ via: 'fullscreen', value: null, reason: front.reason }];
  if (!front.fullscreen) return [{ via: 'fullscreen', value: false, reason: null }];
  const reason = front.app ? t('main.presence.reason.fullscreenFrontApp', { app: front.app }) : t('main.presence.reason.fullscreenFront');
  return [{ via: 'fullscreen', value: true, reason }];
}

/** Aborting the read (the source's time box) leaves the connection attempt running for the next one. */
function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error(t('main.presence.reason.calledOff')));
  return new Promise((resolve, reject) => {
    const stop = (): void => reject(new Error(t('main.presence.reason.calledOff')));
    signal.addEventListener('abort', stop, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

class LinuxFullscreenProbe implements PresenceProbe {
  readonly name = 'X11 full-screen window in front';
  readonly label = (): string => t('main.presence.probe.fullscreen');
  readonly uses = ['fullscreen'] as const;
  private connection: X11Connection | null = null;
  private watcher: FrontWindowWatch | null = null;
  private connecting: Promise<FrontWindowWatch> | null = null;
  /** Why there is no connection, and when the next attempt may be made. */
  private failure = '';
  private retryAt = 0;
  private retryDelay = FIRST_RETRY_MS;
  /** What the source last heard from us (a reading or a change), so only news is announced. */
  private told: string | null = null;
  private onChange: () => void = () => undefined;
  private disposed = false;
  /** When the connection was last known to answer (connected, or a ping sent). */
  private checkedAt = 0;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly open: OpenX11,
    private readonly now: () => number,
  ) {}

  watch(onChange: () => void): void {
    this.onChange = onChange;
  }

  async read({ signal }: ProbeContext): Promise<PresenceFinding[]> {
    try {
      const front = await this.front(signal);
      this.told = JSON.stringify(front);
      return findings(front);
    } catch (error) {
      this.told = 'failed';
      throw error;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.connection?.close('Limber stopped watching');
    this.connection = null;
    this.watcher = null;
  }

  /** From memory while connected; otherwise connects (at most once per backoff step) and reads. */
  private async front(signal: AbortSignal): Promise<FrontWindow> {
    if (this.disposed) throw new Error('stopped');
    if (this.watcher) {
      if (this.now() - this.checkedAt >= CHECK_ALIVE_EVERY_MS) {
        this.checkedAt = this.now();
        this.connection?.ping().catch(() => undefined); // no answer in time closes it: lost() hears
      }
      return this.watcher.front;
    }
    if (!this.connecting) {
      const wait = this.retryAt - this.now();
      if (wait > 0) throw new Error(t('main.presence.reason.retrying', { failure: this.failure, seconds: Math.ceil(wait / 1000) }));
      this.connecting = this.connect().finally(() => {
        this.connecting = null;
      });
    }
    return (await untilAborted(this.connecting, signal)).front;
  }

  private async connect(): Promise<FrontWindowWatch> {
    let connection: X11Connection | null = null;
    try {
      connection = await this.open(this.env);
      const opened = connection;
      opened.onClose((reason) => this.lost(opened, reason));
      const watcher = await FrontWindowWatch.start(opened, (front) => this.tell(front));
      if (this.disposed) throw new Error('stopped');
      this.connection = opened;
      this.watcher = watcher;
      this.retryDelay = FIRST_RETRY_MS;
      this.checkedAt = this.now();
      // A reading that gave up waiting (or the loss before this) told the source "unknown": it hears the answer now.
      if (this.told !== null) this.tell(watcher.front);
      return watcher;
    } catch (error) {
      connection?.close('the connection could not be set up');
      this.failed(describe(error));
      throw error;
    }
  }

  /** The server went away (or stopped answering): unknown until a later reading reconnects. */
  private lost(connection: X11Connection, reason: string): void {
    if (connection !== this.connection || this.disposed) return;
    this.connection = null;
    this.watcher = null;
    const display = this.env.DISPLAY ?? '';
    this.failed(t('main.presence.reason.lostDisplay', { display, detail: failureWords(`X display ${display}: lost`, reason, /did not answer/.test(reason) ? 'timedOut' : 'connectionLost') }));
    this.tell({ known: false, reason: this.failure });
  }

  private failed(why: string): void {
    this.failure = why;
    this.retryAt = this.now() + this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, LAST_RETRY_MS);
  }

  private tell(front: FrontWindow): void {
    const news = JSON.stringify(front);
    if (news === this.told || this.disposed) return;
    this.told = news;
    try {
      this.onChange();
    } catch {
      // The source guards its own listeners; a throwing onChange must still not reach a socket callback.
    }
  }
}

export function linuxFullscreenProbe({
  env,
  open = openX11,
  now = () => performance.now(),
}: LinuxFullscreenOptions): PresenceProbe {
  return new LinuxFullscreenProbe(env, open, now);
}
