// Linux "presenting" on X11: the window in front (_NET_ACTIVE_WINDOW on the root window) has
// _NET_WM_STATE_FULLSCREEN, the EWMH state every X11 window manager sets for slide shows, full-screen
// video calls and shared screens. Read with `xprop` (x11-utils), two short processes per sample.
// A pure-JS X11 client (the `x11` npm package) would avoid them, but means an untyped callback API
// holding a connection to the X server inside the main process; two ~3 ms processes every 30 s cost
// less than that risk. On Wayland no app may look at another's window, so it is unknown there
// (choose.ts never builds this probe then).
import type { PresenceFinding, PresenceProbe, ProbeContext } from '../core/presence/probe';
import { firstLine, runCommand, type CommandRunner } from './command';

/** `xprop -root _NET_ACTIVE_WINDOW` → "0x1c00007"; "0x0" when nothing is focused; null when unsupported. */
export function parseActiveWindow(text: string): string | null {
  return /_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]+)/i.exec(text)?.[1] ?? null;
}

export interface WindowState {
  fullscreen: boolean;
  /** The WM_CLASS class name ("Firefox"), for the reason; null if the window has none. */
  app: string | null;
}

/** `xprop -id W _NET_WM_STATE WM_CLASS` → whether it is full screen, and whose window it is. */
export function parseWindowState(text: string): WindowState {
  const states = /^_NET_WM_STATE\(ATOM\) =(.*)$/m.exec(text)?.[1] ?? '';
  const fullscreen = states.split(',').some((atom) => atom.trim() === '_NET_WM_STATE_FULLSCREEN');
  const classes = /^WM_CLASS\(STRING\) = (.*)$/m.exec(text)?.[1] ?? '';
  const names = [...classes.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
  return { fullscreen, app: names[names.length - 1] || null };
}

export interface LinuxFullscreenOptions {
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

export function linuxFullscreenProbe({ env, run = runCommand }: LinuxFullscreenOptions): PresenceProbe {
  const xprop = async (args: string[], signal: AbortSignal): Promise<string> => {
    const out = await run('xprop', args, { env, signal });
    if (out.code !== 0) throw new Error(`xprop ${args.join(' ')}: ${firstLine(out.stderr) || `exit code ${out.code}`}`);
    return out.stdout;
  };
  const finding = (value: boolean | null, reason: string | null): PresenceFinding[] => [
    { via: 'fullscreen', value, reason },
  ];

  return {
    name: 'X11 full-screen window in front (xprop)',
    uses: ['fullscreen'],
    async read({ signal }: ProbeContext): Promise<PresenceFinding[]> {
      const active = parseActiveWindow(await xprop(['-root', '_NET_ACTIVE_WINDOW'], signal));
      if (active === null)
        return finding(null, 'the window manager does not publish the active window (_NET_ACTIVE_WINDOW)');
      if (/^0x0+$/i.test(active)) return finding(false, null);
      const state = parseWindowState(await xprop(['-id', active, '_NET_WM_STATE', 'WM_CLASS'], signal));
      if (!state.fullscreen) return finding(false, null);
      return finding(true, state.app ? `full-screen window in front (${state.app})` : 'full-screen window in front');
    },
  };
}
