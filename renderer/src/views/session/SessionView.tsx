import { useLayoutEffect, useState } from 'preact/hooks';
import { routineById } from '@electron/exercises/common/routines';
import type { Routine } from '@electron/exercises/common/schema';
import type { Settings } from '@electron/settings/common/schema';
import { api } from '../../api';
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
  const base = routineById(props.routineId) ?? routineById('quick-desk-stretch')!;
  const [routine, setRoutine] = useState<Routine>(base);
  const [stage, setStage] = useState<SessionStage>(props.preview ? 'preview' : 'running');
  const [finished, setFinished] = useState<FinishedRun | null>(null);

  // Told at once, in the same handler: a view change right after must already know it.
  const enter = (next: SessionStage) => {
    setStage(next);
    props.onStage(next);
  };

  // Each stage opens at its top, wherever the page was scrolled before.
  useLayoutEffect(() => window.scrollTo(0, 0), [stage]);

  if (stage === 'preview') {
    return (
      <RoutinePreview
        routine={base}
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
        onPainAfter={(n) => void finished.recordId.then((id) => api.logPain(n, 'after', id ?? undefined))}
        onHome={props.onExit}
        onAgain={props.onAgain}
        onWarningSigns={props.onWarningSigns}
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
