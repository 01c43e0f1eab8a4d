import { EXERCISES, exerciseById } from '@electron/exercises/common/catalogue';
import { offerContext, whyLeftOut } from '@electron/safety/common/offer';
import type { Settings } from '@electron/settings/common/schema';
import { api } from '../../api';
import { useState } from 'preact/hooks';

type Props = Pick<Settings, 'flareUpSince' | 'screening' | 'leftOutExercises'>;

/** Drop one exercise from the "this hurt" list, keeping the rest. */
export const bringBack = (list: Settings['leftOutExercises'], exerciseId: string) =>
  api.updateSettings({ leftOutExercises: list.filter((e) => e.exerciseId !== exerciseId) });

/** What Limber leaves out for this person now, and why; what hurt can be brought back here. */
export function LeftOutCard(props: Props) {
  const [error, setError] = useState<string | null>(null);
  const ctx = offerContext(props, new Date());
  const hurt = props.leftOutExercises.map((e) => exerciseById(e.exerciseId)).filter((e) => e !== undefined);
  const others = EXERCISES.filter((e) => !ctx.leftOut.includes(e.id)).flatMap((e) => {
    const reason = whyLeftOut(e, ctx);
    return reason ? [{ exercise: e, reason }] : [];
  });
  return (
    <section class="card" aria-labelledby="left-out-title">
      <h2 id="left-out-title">Left out for you</h2>
      {hurt.length === 0 && others.length === 0 && <p>Nothing: every exercise is offered.</p>}
      {hurt.length > 0 && (
        <ul class="left-out-list" aria-label="Left out because they hurt">
          {hurt.map((exercise) => (
            <li key={exercise.id}>
              <span>
                <strong>{exercise.name}</strong> — left out: you said it hurt.
              </span>
              <button
                type="button"
                class="button-secondary"
                onClick={() => void bringBack(props.leftOutExercises, exercise.id).then((r) => setError(r.ok ? null : 'Could not bring it back; please try again.'))}
              >
                Bring back {exercise.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul class="left-out-list" aria-label="Left out by your answers or your flare-up">
          {others.map(({ exercise, reason }) => (
            <li key={exercise.id}>
              <span>
                <strong>{exercise.name}</strong> — left out: {reason}.
              </span>
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
