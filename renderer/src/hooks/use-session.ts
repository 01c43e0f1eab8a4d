import { useEffect, useRef, useState } from 'preact/hooks';
import type { Routine } from '@electron/exercises/common/schema';
import { Session, type SessionOptions, type SessionView } from '@electron/session/common/session';
import type { CuePlayer } from '../audio-cues';
import { msToNextSecond } from '../views/session/timer-text';

/** How far ahead cues go onto the audio clock: more than a hidden window's 1 s timer delay. */
const LOOKAHEAD_MS = 4000;

/**
 * Drives a Session with one timer armed for the next whole second of the absolute deadline, so
 * the window wakes about once a second while a session runs on screen, not at all while it is
 * paused, and not for the screen while it is hidden;
 * while cues can sound, the audio clock wakes it too, every other second (see keepAwake).
 * The numbers always come from the deadline, never from counting wake-ups; cues (tones, and the
 * events that say spoken cues) are put on the audio clock a few seconds ahead, so they are on time
 * even when the window is hidden.
 */
export function useSession(routine: Routine, cues: CuePlayer, options: () => SessionOptions = () => ({})) {
  const sessionRef = useRef<Session | null>(null);
  sessionRef.current ??= new Session(routine, performance.now(), Date.now(), options());
  const session = sessionRef.current;
  const [view, setView] = useState<SessionView>(() => session.view(performance.now()));
  // Bumped by every control: the timer is re-armed for the new deadline.
  const [epoch, setEpoch] = useState(0);
  const running = !view.paused && view.phase !== 'finished';

  useEffect(() => {
    if (!running) return;
    let timer: number | undefined;
    /** Hands out what is due and puts the next LOOKAHEAD_MS of cues on the audio clock. */
    const handOut = (now: number) => {
      cues.play(session.advance(now), now);
      cues.play(session.upcoming(now, now + LOOKAHEAD_MS), now);
    };
    const tick = () => {
      window.clearTimeout(timer);
      const now = performance.now();
      handOut(now);
      const v = session.view(now);
      setView(v);
      // Hidden or minimised, nobody reads the numbers: no screen timer until the window is shown
      // again (then tick() draws the right second at once). Cues and the session's end still come
      // from the audio clock below.
      if (!session.finished && !session.paused && document.visibilityState !== 'hidden')
        timer = window.setTimeout(tick, msToNextSecond(v.remainingMs));
    };
    // A hidden window's timers may stall for half a minute and more: the audio clock also wakes
    // the session, more often than the lookahead runs out. It only plans (the screen is the
    // timer's), unless the session ended meanwhile, which the screen must show and record.
    const stopWaking = cues.keepAwake(LOOKAHEAD_MS / 2, () => {
      handOut(performance.now());
      if (session.finished) tick();
    });
    tick();
    document.addEventListener('visibilitychange', tick);
    return () => {
      stopWaking();
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [session, running, epoch]);

  useEffect(() => () => cues.release(), []);

  /** Apply a control (pause, next, …) now: what was scheduled ahead is dropped and planned again. */
  const act = (fn: (now: number) => unknown) => {
    const now = performance.now();
    cues.cancel();
    const result = fn(now);
    if (Array.isArray(result)) cues.play(result as Parameters<CuePlayer['play']>[0], now);
    // Paused (perhaps for hours, on another view) or over: the audio engine sleeps meanwhile.
    if (session.finished || session.paused) cues.release();
    setView(session.view(now));
    setEpoch((n) => n + 1);
  };

  return { session, view, act };
}
