// Stock GNOME has no tray, and at login the tray host (a panel, an extension) often starts after
// Limber. So the host is watched for the whole session: while there is none, the main window keeps
// its dock/taskbar entry (closing it asks, see close-without-tray.ts); the moment one appears, the
// tray is made (Chromium asks for the host only when an icon is created, so it is created then);
// if it goes away, the dock entry comes back. The user is told how to get a tray only when none has
// appeared after a grace period, so a host that is merely late brings no wrong notice.
import { mkdir, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../shell/common/app-channels';
import { isFreedesktop } from './desktop-environment';
import { noTrayNotice, trayHostAvailable } from './tray-host';

const TOLD_MARKER = 'told-no-tray';

/** How often the bus is asked: often while the session is starting, then now and then. */
export const TRAY_WATCH = { fastMs: 2_000, fastForMs: 120_000, slowMs: 10_000, noticeAfterMs: 30_000 };

export interface TrayHostWatch {
  /** Whether a host was there at the first look. Never rejects. */
  first: Promise<boolean>;
  dispose(): void;
}

export function watchTrayHost(options: {
  platform: NodeJS.Platform;
  /** A host is there (at start, or it just appeared): make the tray. */
  onHost: () => void;
  /** No host (at start, or it went away): keep the window reachable without a tray. */
  onNoHost: () => void;
  /** Shows a notice to the user (the notice board: now, or when the page is ready). */
  tell: (notice: Notice) => void;
  userDataDir: string;
  log: (message: string, error?: unknown) => void;
  /** Where the session bus is found (tests use a private one). */
  env?: NodeJS.ProcessEnv;
  timing?: typeof TRAY_WATCH;
}): TrayHostWatch {
  const timing = options.timing ?? TRAY_WATCH;
  const started = Date.now();
  let present: boolean | null = null;
  let disposed = false;
  let timer: NodeJS.Timeout | null = null;
  let noticeTimer: NodeJS.Timeout | null = null;

  const change = (now: boolean) => {
    if (now === present) return;
    const before = present;
    present = now;
    if (before !== null || !now) options.log(now ? 'a tray host appeared: making the tray' : 'no tray host on the session bus: the window stays in the dock');
    try {
      if (now) options.onHost();
      else options.onNoHost();
    } catch (error) {
      options.log('could not follow the tray host', error);
    }
  };
  const look = async (): Promise<boolean> => {
    const now = await trayHostAvailable(options.platform, options.env);
    if (!disposed) change(now);
    return now;
  };
  const next = () => {
    if (disposed) return;
    const wait = Date.now() - started < timing.fastForMs ? timing.fastMs : timing.slowMs;
    timer = setTimeout(() => void look().then(next, next), wait);
  };

  const first = look().then(
    (now) => {
      // macOS and Windows always have a tray: nothing to watch.
      if (!isFreedesktop(options.platform)) return now;
      next();
      if (!now)
        noticeTimer = setTimeout(() => {
          if (present === false && !disposed) void tellOnce(options);
        }, timing.noticeAfterMs);
      return now;
    },
    () => false,
  );
  return {
    first,
    dispose: () => {
      disposed = true;
      if (timer) clearTimeout(timer);
      if (noticeTimer) clearTimeout(noticeTimer);
    },
  };
}

/** The note on how to get a tray, once per profile. */
async function tellOnce(options: { tell: (notice: Notice) => void; userDataDir: string }): Promise<void> {
  const marker = join(options.userDataDir, TOLD_MARKER);
  const told = await access(marker).then(
    () => true,
    () => false,
  );
  if (told) return;
  options.tell({ id: 'no-tray', level: 'info', message: noTrayNotice() });
  // Remembered as soon as it is queued; a lost marker only means the note comes once more.
  await mkdir(options.userDataDir, { recursive: true })
    .then(() => writeFile(marker, `${new Date().toISOString()}\n`))
    .catch(() => undefined);
}
