// Quitting must always work. Electron closes every window after `before-quit`, and one window that
// still refuses to close (Limber's main window hides on close) cancels the quit. So the windows are let
// go first, and every other step runs on its own: one that throws is logged, never the end of it.
import { app } from 'electron';

export type QuitStep = readonly [name: string, run: () => void];

export function setupQuit(options: {
  /** Let the windows close: run first, before anything that could throw. */
  releaseWindows: readonly QuitStep[];
  /** Everything else to let go of (timers, shortcuts, the tray, child processes). */
  dispose: readonly QuitStep[];
  log: (message: string, error?: unknown) => void;
}): void {
  app.on('before-quit', () => {
    for (const [name, run] of [...options.releaseWindows, ...options.dispose]) {
      try {
        run();
      } catch (error) {
        options.log(`quitting: ${name} failed (the quit goes on)`, error);
      }
    }
  });
}
