import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { routineById } from '@core/exercises/routines';
import type { SessionSummary } from '@core/session/session';
import { api } from '../../api';
import { CuePlayer } from '../../audio-cues';
import { PainScale } from '../../components/PainScale';
import { FinishScreen } from './FinishScreen';
import { PlayerScreen } from './PlayerScreen';
import { useSession } from '../../hooks/use-session';

interface Props {
  routineId: string;
  soundsEnabled: boolean;
  voiceEnabled: boolean;
  onExit: () => void;
  onAgain: () => void;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** One run of a routine: the player, then the finish screen. Reports the session to main once. */
export function SessionView({ routineId, soundsEnabled, voiceEnabled, onExit, onAgain }: Props) {
  const routine = routineById(routineId) ?? routineById('quick-desk-stretch')!;
  // Read at each cue, so turning sounds or voice off in another window takes effect mid-session.
  const sound = useRef({ soundsEnabled, voiceEnabled });
  sound.current = { soundsEnabled, voiceEnabled };
  const cues = useMemo(
    () => new CuePlayer({ tones: () => sound.current.soundsEnabled, voice: () => sound.current.voiceEnabled }),
    [],
  );
  const { session, view, act } = useSession(routine, cues);
  const [painBefore, setPainBefore] = useState<number | null>(null);
  const [summary, setSummary] = useState<SessionSummary | null>(null);
  const recordId = useRef<Promise<string | null> | null>(null);

  useEffect(() => {
    void api.sessionStarted(routine.id);
  }, []);

  // When the session ends (finished, ended or "this hurt"), record it once.
  useEffect(() => {
    if (view.phase !== 'finished' || recordId.current) return;
    const s = session.summary();
    setSummary(s);
    recordId.current = api
      .recordSession({ ...s, startedAt: iso(s.startedAt), endedAt: iso(Date.now() - (performance.now() - s.endedAt)) })
      .then((r) => {
        if (!r.ok) return null;
        if (painBefore !== null) void api.logPain(painBefore, 'before', r.value.id);
        return r.value.id;
      });
  }, [view.phase]);

  if (summary) {
    return (
      <FinishScreen
        summary={{ ...summary, startedAt: summary.startedAt, endedAt: Date.now() }}
        painBefore={painBefore}
        onPainAfter={(n) => void recordId.current?.then((id) => api.logPain(n, 'after', id ?? undefined))}
        onHome={onExit}
        onAgain={onAgain}
      />
    );
  }
  return (
    <>
      <PlayerScreen
        routineName={routine.name}
        view={view}
        onPause={() => act((now) => session.pause(now))}
        onResume={() => act((now) => session.resume(now))}
        onBack={() => act((now) => session.back(now))}
        onNext={() => act((now) => session.next(now))}
        onEnd={() => act((now) => session.end(now, 'ended'))}
        onHurt={() => act((now) => session.end(now, 'hurt'))}
      />
      {view.stepIndex === 0 && view.phase !== 'finished' && (
        <div class="card pain-before">
          <PainScale label="Pain right now? (optional, one tap)" value={painBefore} onChange={setPainBefore} />
        </div>
      )}
    </>
  );
}
