import { EXERCISES, exerciseById } from '@electron/exercises/common/routines';
import { offerContext, whyLeftOut } from '@electron/safety/common/offer';
import type { Settings } from '@electron/settings/common/schema';
import { api } from '../../api';
import { useState } from 'preact/hooks';
import { t } from '@electron/i18n/common/translate';

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
      <h2 id="left-out-title">{t('app.leftOut.title')}</h2>
      {hurt.length === 0 && others.length === 0 && <p>{t('app.leftOut.nothing')}</p>}
      {hurt.length > 0 && (
        <ul class="left-out-list" aria-label={t('app.leftOut.hurtList')}>
          {hurt.map((exercise) => (
            <li key={exercise.id}>
              <span>
                <strong>{exercise.name}</strong> — {t('app.leftOut.youSaidHurt')}
              </span>
              <button
                type="button"
                class="button-secondary"
                onClick={() => void bringBack(props.leftOutExercises, exercise.id).then((r) => setError(r.ok ? null : t('app.leftOut.bringBackFailed')))}
              >
                {t('app.leftOut.bringBack', { name: exercise.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul class="left-out-list" aria-label={t('app.leftOut.otherList')}>
          {others.map(({ exercise, reason }) => (
            <li key={exercise.id}>
              <span>
                <strong>{exercise.name}</strong> — {t('app.leftOut.because', { reason })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
