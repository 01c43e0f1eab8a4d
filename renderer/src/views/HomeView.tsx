import type { View } from '@electron/shell/common/app-channels';
import type { Settings } from '@electron/settings/common/schema';
import { formatDuration, routineById, ROUTINES } from '@electron/exercises/common/routines';
import { planRoutine } from '@electron/exercises/common/plan';
import { flareHeadline } from '@electron/safety/common/flare';
import { EscalationNote } from './safety/EscalationNote';
import { BreakCard } from '../components/BreakCard';
import { useBreakStatus } from '../hooks/use-break-status';
import { WalkingCard } from '../components/WalkingCard';
import './HomeView.css';

/** The reminder settings "Your rhythm" shows. */
export type Rhythm = Pick<Settings, 'stretchIntervalMin' | 'postureChecksEnabled' | 'postureIntervalMin' | 'breakLengthMin'>;

interface Props {
  /** The routine chosen for stretch breaks: the one the big Start button runs. */
  routineId: string;
  rhythm: Rhythm;
  /** The safety questions are answered; until then home asks for them (the plan stays conservative). */
  screeningAnswered: boolean;
  onNavigate: (view: View) => void;
  /** Start at once (one click). */
  onStart: (routineId: string) => void;
  /** Show the routine's exercises first, with Start focused. */
  onPreview: (routineId: string) => void;
}

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function HomeView({ routineId, rhythm, screeningAnswered, onNavigate, onStart, onPreview }: Props) {
  // During a flare-up, breaks come more often and bring exercises back by stages: say what is in force.
  const live = useBreakStatus();
  const plan = live.kind === 'ready' ? live.value : null;
  const chosen = routineById(plan?.routineId ?? routineId) ?? ROUTINES[0]!;
  const interval = plan?.stretchIntervalMin ?? rhythm.stretchIntervalMin;
  return (
    <section class="view home" aria-labelledby="home-title">
      <h1 id="home-title" tabIndex={-1}>
        {greeting(new Date().getHours())}
      </h1>
      <p class="lead">A few minutes of gentle movement, little and often.</p>

      <div class="card hero-card">
        <button type="button" class="button-primary button-large" onClick={() => onStart(chosen.id)}>
          Start a stretch session
        </button>
        <p class="muted">
          {chosen.name}, {formatDuration(planRoutine(chosen).totalSec)} {chosen.where}. Guided, with a timer and spoken cues; pause or
          stop at any time.
        </p>
      </div>

      <EscalationNote onWarningSigns={() => onNavigate('safety')} />

      {!screeningAnswered && (
        <section class="card" aria-labelledby="screening-nudge-title">
          <h2 id="screening-nudge-title">Six safety questions</h2>
          <p>
            Until you answer them, Limber keeps to the gentlest moves. Your answers decide which exercises suit you, such as
            after a hip replacement or in pregnancy.
          </p>
          <button type="button" class="button-secondary" onClick={() => onNavigate('safety')}>
            Answer the safety questions
          </button>
        </section>
      )}

      <BreakCard />

      <WalkingCard />

      <section class="card" aria-labelledby="routines-title">
        <h2 id="routines-title">Routines</h2>
        <ul class="routine-list">
          {ROUTINES.map((routine) => (
            <li key={routine.id}>
              <div>
                <strong>{routine.name}</strong>
                <span class="muted"> · {formatDuration(planRoutine(routine).totalSec)} {routine.where}</span>
                <p class="hint">{routine.description}</p>
              </div>
              <button type="button" class="button-secondary" onClick={() => onPreview(routine.id)} aria-label={`Open ${routine.name}`}>
                Open
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="rhythm-title">
        <h2 id="rhythm-title">Your rhythm</h2>
        <dl class="facts">
          <div>
            <dt>Stretch breaks</dt>
            <dd>every {interval} min</dd>
          </div>
          {plan?.flare && (
            <div>
              <dt>Flare-up mode</dt>
              <dd>
                {flareHeadline(plan.flare)}
              </dd>
            </div>
          )}
          <div>
            <dt>Posture checks</dt>
            <dd>{rhythm.postureChecksEnabled ? `every ${rhythm.postureIntervalMin} min` : 'off'}</dd>
          </div>
          <div>
            <dt>Break length</dt>
            <dd>{rhythm.breakLengthMin} min</dd>
          </div>
        </dl>
        <button type="button" class="button-quiet" onClick={() => onNavigate('settings')}>
          Change reminder frequency
        </button>
      </section>
    </section>
  );
}
