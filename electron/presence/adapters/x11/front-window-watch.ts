// Whether the window in front is full screen, kept current by events instead of asked per sample.
// EWMH: the root window's _NET_ACTIVE_WINDOW names the window in front; that window's _NET_WM_STATE
// lists _NET_WM_STATE_FULLSCREEN while it is full screen; WM_CLASS names its app. We listen for
// property changes on the root and on the window in front only (the previous one is let go, so a
// background window retitling itself never wakes us), and re-read when one of those properties changes.
import { X11RequestError, type X11Connection } from './connection';
import { cardinals, type PropertyNotify, type PropertyValue } from './messages';
import { NO_EVENT_MASK, PROPERTY_CHANGE_MASK } from './requests';
import { failureWords } from '../../../base/common/os-failure';
import { t } from '../../../i18n/common/translate';

/** What is in front: full screen or not (and whose window), or unknown and why. */
export type FrontWindow = { known: true; fullscreen: boolean; app: string | null } | { known: false; reason: string };

/** WM_CLASS is one of X11's predefined atoms, the same on every server. */
const WM_CLASS = 67;
/** Far more than any window sets: 4 KiB of atoms or class names (the server sends only what there is). */
const LONGS_TO_READ = 1024;
const NOTHING_IN_FRONT: FrontWindow = { known: true, fullscreen: false, app: null };
const activeWindowUnpublished = (): string => t('main.presence.reason.noActiveWindow');

interface Atoms {
  activeWindow: number;
  state: number;
  fullscreen: number;
}

/** WM_CLASS is "instance\0Class\0": the class ("Firefox") names the app. */
function appName(wmClass: PropertyValue): string | null {
  const names = wmClass.value.toString('latin1').split('\0');
  if (names[names.length - 1] === '') names.pop();
  return names[names.length - 1] || null;
}

export class FrontWindowWatch {
  private current: FrontWindow | null = null;
  /** The window whose property changes we hear (0: none). */
  private followed = 0;
  private refreshing: Promise<void> | null = null;
  private again = false;
  private started = false;

  private constructor(
    private readonly connection: X11Connection,
    private readonly atoms: Atoms,
    /** Hears every answer read after start() resolved (the probe tells the source only what changed). */
    private readonly onAnswer: (front: FrontWindow) => void,
  ) {}

  /** Watches the root, reads the window in front once; resolves when the first answer is known. */
  static async start(connection: X11Connection, onAnswer: (front: FrontWindow) => void): Promise<FrontWindowWatch> {
    const [activeWindow = 0, state = 0, fullscreen = 0] = await Promise.all(
      ['_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN'].map((name) => connection.internAtom(name)),
    );
    const watch = new FrontWindowWatch(connection, { activeWindow, state, fullscreen }, onAnswer);
    connection.onPropertyNotify((event) => watch.noticed(event));
    // Listening starts before the first read, so no change can fall between the two.
    await Promise.all([connection.selectEvents(connection.root, PROPERTY_CHANGE_MASK), watch.refresh()]);
    watch.started = true;
    return watch;
  }

  /** The last answer read; no round trip. */
  get front(): FrontWindow {
    return this.current ?? { known: false, reason: t('main.presence.reason.frontNotRead') };
  }

  private noticed(event: PropertyNotify): void {
    const { activeWindow, state } = this.atoms;
    const root = event.window === this.connection.root && event.atom === activeWindow;
    const front =
      event.window === this.followed && this.followed !== 0 && (event.atom === state || event.atom === WM_CLASS);
    if (root || front) void this.refresh().catch(() => undefined); // a closed connection is the probe's to handle
  }

  /** One read at a time; changes seen during it make it run once more, not once per event. */
  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        try {
          this.settle(await this.readFront());
        } catch (error) {
          // Before the first answer, or with the connection gone, the caller decides what it means.
          if (!this.started || this.connection.closed) throw error;
          const why = failureWords('X11 front window', error);
          this.settle({ known: false, reason: t('main.presence.reason.frontUnreadable', { detail: why }) });
        }
      } while (this.again && !this.connection.closed);
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async readFront(): Promise<FrontWindow> {
    const { connection, atoms } = this;
    const active = await connection.getProperty({
      window: connection.root,
      property: atoms.activeWindow,
      longLength: 1,
    });
    const [window] = cardinals(active);
    if (window === undefined) {
      void this.follow(0);
      return { known: false, reason: activeWindowUnpublished() };
    }
    if (window === 0) {
      void this.follow(0);
      return NOTHING_IN_FRONT;
    }
    try {
      const [, state, wmClass] = await Promise.all([
        this.follow(window),
        connection.getProperty({ window, property: atoms.state, longLength: LONGS_TO_READ }),
        connection.getProperty({ window, property: WM_CLASS, longLength: LONGS_TO_READ }),
      ]);
      const fullscreen = cardinals(state).includes(atoms.fullscreen);
      return { known: true, fullscreen, app: fullscreen ? appName(wmClass) : null };
    } catch (error) {
      // The window closed between the two reads: nothing of it is in front; the window manager's
      // next _NET_ACTIVE_WINDOW brings us back here.
      if (error instanceof X11RequestError && error.detail.name === 'BadWindow') {
        this.followed = 0;
        return NOTHING_IN_FRONT;
      }
      throw error;
    }
  }

  /** Hears property changes of `window` from now on, and no longer of the one before. */
  private follow(window: number): Promise<void> {
    const target = window === this.connection.root ? 0 : window; // the root is always heard
    if (target === this.followed) return Promise.resolve();
    // The one before may be gone already (BadWindow): nothing to let go of then.
    if (this.followed !== 0) this.connection.selectEvents(this.followed, NO_EVENT_MASK).catch(() => undefined);
    this.followed = target;
    return target === 0 ? Promise.resolve() : this.connection.selectEvents(target, PROPERTY_CHANGE_MASK);
  }

  private settle(front: FrontWindow): void {
    this.current = front;
    if (this.started) this.onAnswer(front);
  }
}
