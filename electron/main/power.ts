import { powerMonitor } from 'electron';
import { isWaylandSession } from './desktop-environment';
import { currentSession } from './platform-setup';

export type PowerEventName = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

/**
 * The OS signals the scheduler listens to. Lock/unlock are only reported on macOS and Windows;
 * on Linux the scheduler also notices sleeps and locks from idle time and wake-up gaps.
 */
export function watchPower(onEvent: (event: PowerEventName) => void): () => void {
  const names: PowerEventName[] = ['suspend', 'resume', 'lock-screen', 'unlock-screen'];
  const handlers = names.map((name) => {
    const handler = () => onEvent(name);
    powerMonitor.on(name as 'suspend', handler);
    return [name, handler] as const;
  });
  return () => {
    for (const [name, handler] of handlers) powerMonitor.removeListener(name as 'suspend', handler);
  };
}

/**
 * Electron reads idle time through X11; under Wayland it reports 0 forever (Stretchly #1261).
 * We say so instead of silently treating the user as always active.
 */
export const idleDetectionAvailable = !isWaylandSession(currentSession());

/** Seconds since the last keyboard or mouse input, or null when the OS cannot tell. */
export function systemIdleSeconds(): number | null {
  if (!idleDetectionAvailable) return null;
  try {
    return powerMonitor.getSystemIdleTime();
  } catch {
    return null;
  }
}
