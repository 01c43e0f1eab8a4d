import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Routine } from '@electron/exercises/common/schema';
import type { Settings } from '@electron/settings/common/schema';
import type { SessionSummary } from '@electron/session/common/session';
import { api } from '../../api';
import { CuePlayer } from '../../audio-cues';
import { PainScale } from '../../components/PainScale';
import { WarningSigns } from '../../components/WarningSigns';
import { planRoutine } from '@electron/exercises/common/plan';
import { firstSideFor } from '@electron/safety/common/offer';
import { FloorScreen } from './FloorScreen';
import { markStepsHeard, namesOnlyFor } from './heard-steps';
import { Modal } from './Modal';
import { PlayerScreen } from './PlayerScreen';
import { useHoldWhile } from './use-hold-while';
import { useSession } from '../../hooks/use-session';
import { t } from '@electron/i18n/common/translate';
import { PAIN_SITES, type PainSite } from '@electron/history/common/function-ranges';

/** Leg and back pain, 0–10 each, rated apart (either may be left out). */
export type SplitPain = Record<PainSite, number | null>;

export interface FinishedRun {
  summary: SessionSummary;
  painBefore: SplitPain;
  /** The stored record's id, once main has it (null if it could not be stored). */
  recordId: Promise<string | null>;
}

interface Props {
  routine: Routine;
  settings: Settings;
  /** On screen; off screen the session is paused and the keys are left alone. */
  active: boolean;
  /** Another routine's name, when one asked to start: the user is asked before this one ends. */
  replaceWith: string | null;
  onReplaceAnswer: (replace: boolean) => void;
  onFinished: (run: FinishedRun) => void;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** One running session: the player, its questions, and the record main keeps of it. */
export function SessionRun({ routine, settings, active, replaceWith, onReplaceAnswer, onFinished }: Props) {
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const cues = useMemo(
    () =>
      new CuePlayer({
        tones: () => settingsRef.current.soundsEnabled,
        voice: () => settingsRef.current.voiceEnabled,
        voiceChoice: () => ({ rate: settingsRef.current.voiceRate, name: settingsRef.current.voiceName }),
      }),
    [],
  );
  // Floor routines open in the floor view, whose lead-ins wait for the person (settings.floorMode).
  const floorRoutine = useMemo(() => settings.floorMode && planRoutine(routine).place === 'floor', []);
  const [floorView, setFloorView] = useState(floorRoutine);
  const { session, view, act } = useSession(routine, cues, () => ({
    namesOnly: namesOnlyFor(
      routine.steps.map((s) => s.exerciseId),
      settings.voiceStepsOnce,
    ),
    waitForReady: floorRoutine ? { autoStartSec: settings.floorAutoStartSec } : null,
    firstSide: firstSideFor(settings.screening),
  }));
  const [painBefore, setPainBefore] = useState<SplitPain>({ leg: null, back: null });
  const [dialog, setDialog] = useState<'end' | 'warnings' | null>(null);
  const recorded = useRef(false);
  const activeRef = useRef(active);
  activeRef.current = active;

  useEffect(() => {
    void api.sessionStarted(routine.id);
    // Counted for "steps once, then names only": the exercises whose steps this session reads aloud.
    if (settings.voiceEnabled)
      markStepsHeard(
        session.steps.filter((s) => s.leadInSpeech.length > s.leadInCues.length + 1).map((s) => s.exercise.id),
      );
  }, []);

  /** Stores the session once, whichever way it ended, and hands the finish screen what it needs. */
  const recordOnce = () => {
    if (recorded.current || !session.finished) return;
    recorded.current = true;
    const s = session.summary();
    const recordId = api
      .recordSession({ ...s, startedAt: iso(s.startedAt), endedAt: iso(Date.now() - (performance.now() - s.endedAt)) })
      .then((r) => {
        if (!r.ok) return null;
        for (const site of PAIN_SITES) {
          const rating = painBefore[site];
          if (rating !== null) void api.logPain(rating, 'before', r.value.id, site);
        }
        return r.value.id;
      });
    onFinished({ summary: { ...s, endedAt: Date.now() }, painBefore, recordId });
  };

  useEffect(() => {
    if (view.phase === 'finished') recordOnce();
  }, [view.phase]);

  // Away on another view: hold the session where it is until the user comes back, and drop any
  // question on screen (a modal dialog left open in a hidden view would make every view inert).
  useEffect(() => {
    if (active) return;
    act((now) => session.pause(now));
    setDialog(null);
  }, [active]);

  useHoldWhile(dialog !== null || replaceWith !== null, {
    paused: () => session.paused,
    pause: () => act((now) => session.pause(now)),
    resume: () => activeRef.current && act((now) => session.resume(now)),
  });

  return (
    <>
      {floorView ? (
        <FloorScreen
          routineName={routine.name}
          view={view}
          active={active && dialog === null && replaceWith === null}
          onPause={() => act((now) => session.pause(now))}
          onResume={() => act((now) => session.resume(now))}
          onBack={() => act((now) => session.back(now))}
          onNext={() =>
            act((now) => {
              if (view.leadIn) session.resume(now);
              return session.next(now);
            })
          }
          onAskEnd={() => setDialog('end')}
          onHurt={() => act((now) => session.end(now, 'hurt'))}
          onLeave={() => setFloorView(false)}
        />
      ) : (
        <PlayerScreen
          onFloorView={() => setFloorView(true)}
          routineName={routine.name}
          view={view}
          active={active && dialog === null && replaceWith === null}
          onPause={() => act((now) => session.pause(now))}
          onResume={() => act((now) => session.resume(now))}
          onBack={() => act((now) => session.back(now))}
          onNext={() =>
            act((now) => {
              // "Ready" while the countdown is held starts the hold right away.
              if (view.leadIn) session.resume(now);
              return session.next(now);
            })
          }
          onAskEnd={() => setDialog('end')}
          onHurt={() => act((now) => session.end(now, 'hurt'))}
          onWarningSigns={() => setDialog('warnings')}
          extra={
            view.stepIndex === 0 && (
              <div class="card pain-before">
                <PainScale label={t('app.session.legPainBefore')} value={painBefore.leg} onChange={(leg) => setPainBefore((p) => ({ ...p, leg }))} />
                <PainScale label={t('app.session.backPainBefore')} value={painBefore.back} onChange={(back) => setPainBefore((p) => ({ ...p, back }))} />
              </div>
            )
          }
        />
      )}
      {dialog === 'end' && (
        <Modal titleId="confirm-title" onClose={() => setDialog(null)}>
          <h2 id="confirm-title">{t('app.session.endTitle')}</h2>
          <p>{t('app.session.endText')}</p>
          <div class="dialog-actions">
            <button type="button" class="button-secondary" autoFocus onClick={() => setDialog(null)}>
              {t('app.session.keepGoing')}
            </button>
            <button type="button" class="button-primary" onClick={() => act((now) => session.end(now, 'ended'))}>
              {t('app.player.end')}
            </button>
          </div>
        </Modal>
      )}
      {dialog === 'warnings' && (
        <Modal titleId="warning-signs-title" wide onClose={() => setDialog(null)}>
          <WarningSigns />
          <p>{t('app.session.warningsPaused')}</p>
          <div class="dialog-actions">
            <button type="button" class="button-primary" autoFocus onClick={() => setDialog(null)}>
              {t('app.session.backToSession')}
            </button>
          </div>
        </Modal>
      )}
      {replaceWith !== null && dialog === null && (
        <Modal titleId="replace-title" onClose={() => onReplaceAnswer(false)}>
          <h2 id="replace-title">{t('app.session.replaceTitle', { name: replaceWith })}</h2>
          <p>{t('app.session.replaceText', { current: routine.name, name: replaceWith })}</p>
          <div class="dialog-actions">
            <button type="button" class="button-secondary" autoFocus onClick={() => onReplaceAnswer(false)}>
              {t('app.session.keepGoingWith', { current: routine.name })}
            </button>
            <button
              type="button"
              class="button-primary"
              onClick={() => {
                act((now) => session.end(now, 'ended'));
                recordOnce();
                onReplaceAnswer(true);
              }}
            >
              {t('app.session.startName', { name: replaceWith })}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
