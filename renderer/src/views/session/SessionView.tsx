import { useLayoutEffect, useState } from 'preact/hooks';
import { routineById } from '@electron/exercises/common/routines';
import { offerContext, sessionOffer } from '@electron/safety/common/offer';
import type { Routine } from '@electron/exercises/common/schema';
import type { Settings } from '@electron/settings/common/schema';
import { api } from '../../api';
import { NotOffered } from '../safety/NotOffered';
import { FinishScreen } from './FinishScreen';
import { RoutinePreview } from './RoutinePreview';
import { SessionRun, type FinishedRun } from './SessionRun';

export type SessionStage = 'preview' | 'running' | 'finished';

interface Props {
  routineId: string;
  /** Open on the routine's preview first (else start at once). */
  preview: boolean;
  settings: Settings;
  active: boolean;
  replaceWith: string | null;
  onReplaceAnswer: (replace: boolean) => void;
  onStage: (stage: SessionStage) => void;
  onExit: () => void;
  onAgain: () => void;
  onWarningSigns: () => void;
}

/** One run of a routine: its preview (if asked for), the player, then the finish screen. */
export function SessionView(props: Props) {
  // Every way a session starts comes here: only what is offered to this person now (safety/offer.ts).
  const offer = sessionOffer(props.routineId, offerContext(props.settings, new Date()));
  const [routine, setRoutine] = useState<Routine>(offer.routine);
  // Something left out: the preview (or the "not offered" page) says what and why before anything starts.
  const asked = offer.instead !== null || offer.leftOut.length > 0;
  const [stage, setStage] = useState<SessionStage>(props.preview || asked ? 'preview' : 'running');
  const [finished, setFinished] = useState<FinishedRun | null>(null);

  // Told at once, in the same handler: a view change right after must already know it.
  const enter = (next: SessionStage) => {
    setStage(next);
    props.onStage(next);
  };

  // Each stage opens at its top, wherever the page was scrolled before.
  useLayoutEffect(() => window.scrollTo(0, 0), [stage]);
  useLayoutEffect(() => {
    if (stage === 'preview' && !props.preview) props.onStage('preview');
  }, []);

  if (stage === 'preview' && (offer.instead !== null || offer.routine.steps.length === 0)) {
    return (
      <NotOffered
        requested={offer.requested}
        leftOut={offer.leftOut}
        instead={offer.instead}
        onHome={props.onExit}
        onStart={(gentle) => {
          setRoutine(gentle);
          enter('running');
        }}
      />
    );
  }
  if (stage === 'preview') {
    return (
      <RoutinePreview
        // A change to what is left out (brought back here or on the Safety page) starts the preview afresh.
        key={JSON.stringify(offer.routine.steps)}
        routine={offer.routine}
        leftOut={offer.leftOut}
        settings={props.settings}
        reminderRoutineId={props.settings.stretchRoutineId}
        onStart={(adjusted) => {
          setRoutine(adjusted);
          enter('running');
        }}
      />
    );
  }
  if (stage === 'finished' && finished) {
    return (
      <FinishScreen
        summary={finished.summary}
        painBefore={finished.painBefore}
        inFlareUp={props.settings.flareUpSince !== null}
        onPainAfter={(n, site) => void finished.recordId.then((id) => api.logPain(n, 'after', id ?? undefined, site))}
        onHome={props.onExit}
        onAgain={props.onAgain}
        onWarningSigns={props.onWarningSigns}
        leftOutExercises={props.settings.leftOutExercises}
      />
    );
  }
  return (
    <SessionRun
      routine={routine}
      settings={props.settings}
      active={props.active}
      replaceWith={props.replaceWith === null ? null : (routineById(props.replaceWith)?.name ?? props.replaceWith)}
      onReplaceAnswer={props.onReplaceAnswer}
      onFinished={(run) => {
        setFinished(run);
        enter('finished');
      }}
    />
  );
}
