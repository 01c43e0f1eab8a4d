import { useEffect, useRef, useState } from 'preact/hooks';
import type { Routine } from '@core/exercises/schema';
import { Session, type SessionView } from '@core/session/session';
import type { CuePlayer } from '../audio-cues';

/**
 * Drives a Session from animation frames. It re-renders only when what is shown changes (the
 * whole second, the phase, pause), so a frame costs almost nothing; the numbers always come
 * from the absolute deadline, never from counting frames.
 */
export function useSession(routine: Routine, cues: CuePlayer) {
  const sessionRef = useRef<Session | null>(null);
  sessionRef.current ??= new Session(routine, performance.now(), Date.now());
  const session = sessionRef.current;
  const [view, setView] = useState<SessionView>(() => session.view(performance.now()));
  const shown = useRef('');

  useEffect(() => {
    let frame = 0;
    const tick = () => {
      const now = performance.now();
      for (const cue of session.advance(now)) cues.play(cue);
      const v = session.view(now);
      const key = `${v.phase}|${v.stepIndex}|${v.side}|${v.rep}|${Math.ceil(v.remainingMs / 1000)}|${v.paused}`;
      if (key !== shown.current) {
        shown.current = key;
        setView(v);
      }
      if (!session.finished) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    // Hidden windows get no frames: a timer keeps cues and the clock honest meanwhile.
    const fallback = window.setInterval(() => {
      if (document.hidden) tick();
    }, 1000);
    return () => {
      cancelAnimationFrame(frame);
      window.clearInterval(fallback);
      cues.stop();
    };
  }, [session]);

  const act = (fn: (now: number) => unknown) => {
    const now = performance.now();
    const result = fn(now);
    if (Array.isArray(result)) for (const cue of result) cues.play(cue as never);
    const v = session.view(now);
    shown.current = '';
    setView(v);
  };

  return { session, view, act };
}
