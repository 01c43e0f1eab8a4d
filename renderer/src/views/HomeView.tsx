import type { View } from '@electron/shell/common/app-channels';
import type { Settings } from '@electron/settings/common/schema';
import { allRoutines, routineById, ROUTINES } from '@electron/exercises/common/routines';
import { useOwnLibrary } from '../hooks/use-own-library';
import { routineLength } from '@electron/exercises/common/plan';
import { flareHeadline } from '@electron/safety/common/flare';
import { EscalationNote } from './safety/EscalationNote';
import { BreakCard } from '../components/BreakCard';
import { useBreakStatus } from '../hooks/use-break-status';
import { WalkingCard } from '../components/WalkingCard';
import { OwnMark } from '../components/OwnMark';
import './HomeView.css';
import { t } from '@electron/i18n/common/translate';
import { formatMinutes } from '@electron/i18n/common/format';

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
  if (hour < 12) return t('app.home.goodMorning');
  if (hour < 18) return t('app.home.goodAfternoon');
  return t('app.home.goodEvening');
}

export function HomeView({ routineId, rhythm, screeningAnswered, onNavigate, onStart, onPreview }: Props) {
  // During a flare-up, breaks come more often and bring exercises back by stages: say what is in force.
  const live = useBreakStatus();
  useOwnLibrary(); // own routines join the list when they arrive or change
  const plan = live.kind === 'ready' ? live.value : null;
  const chosen = routineById(plan?.routineId ?? routineId) ?? ROUTINES[0]!;
  const interval = plan?.stretchIntervalMin ?? rhythm.stretchIntervalMin;
  return (
    <section class="view home" aria-labelledby="home-title">
      <h1 id="home-title" tabIndex={-1}>
        {greeting(new Date().getHours())}
      </h1>
      <p class="lead">{t('app.home.lead')}</p>

      <div class="card hero-card">
        <button type="button" class="button-primary button-large" onClick={() => onStart(chosen.id)}>
          {t('app.home.start')}
        </button>
        <p class="muted">{t('app.home.chosen', { name: chosen.name, length: routineLength(chosen), where: chosen.where })}</p>
      </div>

      <EscalationNote onWarningSigns={() => onNavigate('safety')} />

      {!screeningAnswered && (
        <section class="card" aria-labelledby="screening-nudge-title">
          <h2 id="screening-nudge-title">{t('app.home.screeningTitle')}</h2>
          <p>{t('app.home.screeningText')}</p>
          <button type="button" class="button-secondary" onClick={() => onNavigate('safety')}>
            {t('app.home.screeningButton')}
          </button>
        </section>
      )}

      <BreakCard />

      <WalkingCard />

      <section class="card" aria-labelledby="routines-title">
        <h2 id="routines-title">{t('app.home.routines')}</h2>
        <ul class="routine-list">
          {allRoutines().map((routine) => (
            <li key={routine.id}>
              <div>
                <strong>{routine.name}</strong>
                <OwnMark id={routine.id} />
                <span class="muted"> · {t('app.home.routineMeta', { length: routineLength(routine), where: routine.where })}</span>
                <p class="hint">{routine.description}</p>
              </div>
              <button type="button" class="button-secondary" onClick={() => onPreview(routine.id)} aria-label={t('app.home.openRoutine', { name: routine.name })}>
                {t('app.home.open')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="rhythm-title">
        <h2 id="rhythm-title">{t('app.home.rhythm')}</h2>
        <dl class="facts">
          <div>
            <dt>{t('app.home.stretchBreaks')}</dt>
            <dd>{t('app.home.every', { interval: formatMinutes(interval) })}</dd>
          </div>
          {plan?.flare && (
            <div>
              <dt>{t('app.home.flareMode')}</dt>
              <dd>
                {flareHeadline(plan.flare)}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('app.home.postureChecks')}</dt>
            <dd>{rhythm.postureChecksEnabled ? t('app.home.every', { interval: formatMinutes(rhythm.postureIntervalMin) }) : t('app.home.off')}</dd>
          </div>
          <div>
            <dt>{t('app.home.breakLength')}</dt>
            <dd>{formatMinutes(rhythm.breakLengthMin)}</dd>
          </div>
        </dl>
        <button type="button" class="button-quiet" onClick={() => onNavigate('settings')}>
          {t('app.home.changeFrequency')}
        </button>
      </section>
    </section>
  );
}
