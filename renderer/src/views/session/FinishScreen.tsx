import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SessionSummary } from '@electron/session/common/session';
import type { Settings } from '@electron/settings/common/schema';
import { OwnMark } from '../../components/OwnMark';
import { exerciseById, routineById } from '@electron/exercises/common/routines';
import { PainScale } from '../../components/PainScale';
import { FunctionQuestion } from '../../components/FunctionQuestion';
import type { PainSite } from '@electron/history/common/function-ranges';
import type { SplitPain } from './SessionRun';
import { useSettledRatings } from './use-settled-ratings';
import { FlareConfirm } from '../safety/FlareConfirm';
import { LeaveOutOffer } from '../safety/LeaveOutOffer';
import { Modal } from './Modal';
import { WalkConfirm } from './WalkConfirm';
import './FinishScreen.css';
import { t } from '@electron/i18n/common/translate';
import { formatMinutes, formatNumber, formatSeconds } from '@electron/i18n/common/format';

interface Props {
  summary: SessionSummary;
  painBefore: SplitPain;
  /** Flare-up mode is already on. */
  inFlareUp: boolean;
  onPainAfter: (rating: number, site: PainSite) => void;
  onHome: () => void;
  onAgain: () => void;
  onWarningSigns: () => void;
  /** Exercises already left out after "This hurt" (the offer to leave one out adds to these). */
  leftOutExercises: Settings['leftOutExercises'];
}

type Step = SessionSummary['steps'][number];

/**
 * "2 of 2 sides, 120 s held", "done", "skipped" — and after "This hurt", "stopped" for the
 * exercise the pain cut short and "not started" for the ones after it: nothing was skipped.
 */
function stepStatus(step: Step, hurt: boolean): string {
  const sided = exerciseById(step.exerciseId)?.sides === 2;
  const full = sided ? step.sidesDone === 2 : step.sidesDone > 0;
  const held = formatSeconds(step.secondsHeld);
  const sides = { done: formatNumber(step.sidesDone), of: formatNumber(2) };
  if (hurt && !full) {
    if (step.secondsHeld === 0) return t('app.finish.notStarted');
    return step.sidesDone > 0 && sided ? t('app.finish.sidesThenStopped', { ...sides, held }) : t('app.finish.stopped', { held });
  }
  if (sided) return t('app.finish.sides', { ...sides, held });
  return step.sidesDone > 0 ? t('app.finish.done', { held }) : t('app.finish.skipped', { held });
}

export function FinishScreen({ summary, painBefore, inFlareUp, onPainAfter, onHome, onAgain, onWarningSigns, leftOutExercises }: Props) {
  const [after, setAfter] = useState<SplitPain>({ leg: null, back: null });
  const settled = useSettledRatings(onPainAfter);
  // Only turning it on here changes it (and moves focus): a flare-up already on is just stated.
  const [flareOn, setFlareOn] = useState(false);
  const [confirmFlare, setConfirmFlare] = useState(false);
  const flareStatus = useRef<HTMLParagraphElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const hurt = summary.endReason === 'hurt';
  const minutes = Math.max(1, Math.round((summary.endedAt - summary.startedAt) / 60_000));
  // A walk break asks how long the person really walked; nothing is logged until they say.
  const walkSec = routineById(summary.routineId)?.logsWalk ? summary.steps.filter((s) => exerciseById(s.exerciseId)?.position === 'walking').reduce((a, s) => a + s.secondsHeld, 0) : null;
  const title = hurt ? t('app.finish.stoppedTitle') : summary.completed ? t('app.finish.wellDone') : t('app.finish.endedTitle');

  // Every finish, however it came (the end, "End session", "This hurt"), starts reading here.
  useLayoutEffect(() => heading.current?.focus(), []);
  // Turned on from the dialog: its button is gone, so reading goes on from what changed.
  useLayoutEffect(() => {
    if (flareOn) flareStatus.current?.focus();
  }, [flareOn]);

  return (
    <section class="view finish" aria-labelledby="finish-title">
      <h1 id="finish-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {hurt ? (
        <>
          <p class="lead" role="status">
            {t('app.finish.hurtLead')}
          </p>
          <div class="button-row">
            <button type="button" class="button-primary" onClick={onWarningSigns}>
              {t('app.common.seeWarningSigns')}
            </button>
            {flareOn || inFlareUp ? (
              <p role="status" tabIndex={-1} ref={flareStatus}>
                {t('app.finish.flareOn')}
              </p>
            ) : (
              <button type="button" class="button-secondary" onClick={() => setConfirmFlare(true)}>
                {t('app.finish.turnOnFlare')}
              </button>
            )}
          </div>
          <LeaveOutOffer steps={summary.steps} leftOut={leftOutExercises} />
          {confirmFlare && (
            // As on the Safety page: the urgent warning signs first, then the choice.
            <Modal titleId="finish-flare-title" wide onClose={() => setConfirmFlare(false)}>
              <FlareConfirm
                titleId="finish-flare-title"
                headingLevel={2}
                onStarted={() => {
                  setConfirmFlare(false);
                  setFlareOn(true);
                }}
                onCancel={() => setConfirmFlare(false)}
              />
            </Modal>
          )}
        </>
      ) : (
        <p class="lead" role="status">
          {t('app.finish.summary', { routine: summary.routineName, duration: formatMinutes(minutes, 'long') })}
          <OwnMark id={summary.routineId} />
        </p>
      )}
      <section class="card" aria-labelledby="done-title">
        <h2 id="done-title">{t('app.finish.whatYouDid')}</h2>
        <ul class="done-list">
          {summary.steps.map((step) => (
            <li key={step.exerciseId}>
              <strong>{exerciseById(step.exerciseId)?.name ?? step.exerciseId}</strong>
              <OwnMark id={step.exerciseId} /> — {stepStatus(step, hurt)}
            </li>
          ))}
        </ul>
      </section>
      {walkSec !== null && !hurt && <WalkConfirm timedSec={walkSec} />}
      <div
        class="card pain-after"
        onFocusOut={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) settled.flush();
        }}
      >
        {(['leg', 'back'] as const).map((site) => {
          const before = painBefore[site];
          const label =
            site === 'leg'
              ? before === null
                ? t('app.finish.legNow')
                : t('app.finish.legNowBefore', { before: formatNumber(before) })
              : before === null
                ? t('app.finish.backNow')
                : t('app.finish.backNowBefore', { before: formatNumber(before) });
          return (
            <PainScale
              key={site}
              label={label}
              value={after[site]}
              onChange={(n) => {
                setAfter((a) => ({ ...a, [site]: n }));
                settled.choose(n, site);
              }}
            />
          );
        })}
      </div>
      {/* Once a week, out of the way below the ratings; never after "This hurt", where safety comes first. */}
      {!hurt && <FunctionQuestion />}
      <div class="button-row">
        <button type="button" class={hurt ? 'button-secondary' : 'button-primary'} onClick={onHome}>
          {t('app.common.backHome')}
        </button>
        {!hurt && (
          <button type="button" class="button-secondary" onClick={onAgain}>
            {t('app.finish.again')}
          </button>
        )}
      </div>
    </section>
  );
}
