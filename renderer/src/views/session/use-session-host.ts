import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { View } from '@electron/shell/common/app-channels';
import type { Settings } from '@electron/settings/common/schema';
import type { SessionStage } from './SessionView';

export interface SessionRequest {
  routineId: string;
  /** Show the routine's preview first (from the routine list); else start at once. */
  preview: boolean;
}

export interface HostedSession extends SessionRequest {
  /** A new number for every new session, so each mounts fresh. */
  key: number;
}

/**
 * Keeps the session alive above the views. A running session survives going to another view
 * (it is paused, and a bar leads back); another routine asking to start asks first; a request
 * that comes before the safety notice is accepted waits for it. A preview or a finished session
 * is let go when the user leaves it.
 */
export function useSessionHost(settings: Settings | null, view: View, go: (view: View) => void) {
  const [current, setCurrent] = useState<HostedSession | null>(null);
  const [stage, setStage] = useState<SessionStage | null>(null);
  const [replaceWith, setReplaceWith] = useState<string | null>(null);
  const queued = useRef<SessionRequest | null>(null);
  const live = useRef({ current, stage, acknowledged: false });
  live.current = { current, stage, acknowledged: settings?.firstRunAcknowledged ?? false };

  const begin = useCallback(
    (request: SessionRequest) => {
      setCurrent((previous) => ({ ...request, key: (previous?.key ?? 0) + 1 }));
      setStage(request.preview ? 'preview' : 'running');
      go('session');
    },
    [go],
  );

  const open = useCallback(
    (request: SessionRequest) => {
      const { current: running, stage: runningStage, acknowledged } = live.current;
      if (!acknowledged) {
        queued.current = request;
        return;
      }
      if (running && runningStage === 'running') {
        if (running.routineId !== request.routineId) setReplaceWith(request.routineId);
        go('session');
        return;
      }
      begin(request);
    },
    [begin, go],
  );

  // The safety notice was accepted: now start what was asked for meanwhile.
  useEffect(() => {
    const request = queued.current;
    if (settings?.firstRunAcknowledged && request) {
      queued.current = null;
      open(request);
    }
  }, [settings?.firstRunAcknowledged, open]);

  useEffect(() => {
    if (view === 'session' && !current && settings) begin({ routineId: settings.stretchRoutineId, preview: true });
    if (view !== 'session' && current && stage !== 'running') {
      setCurrent(null);
      setStage(null);
    }
  }, [view]);

  const answerReplace = useCallback(
    (replace: boolean) => {
      const next = replaceWith;
      setReplaceWith(null);
      if (replace && next) begin({ routineId: next, preview: false });
    },
    [replaceWith, begin],
  );

  return { current, running: stage === 'running', open, replaceWith, answerReplace, setStage };
}
