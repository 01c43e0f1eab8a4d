import { useMemo } from 'preact/hooks';
import { BODY } from './skeleton';
import { CROSSING_MODELS, crossingView } from './crossing-view';
import { t } from '@electron/i18n/common/translate';

/** The crossing seen from above, for the moves whose side view hides it; nothing for the others. */
export function CrossingInset({ exerciseId, mirrored }: { exerciseId: string; mirrored?: boolean }) {
  const view = useMemo(() => {
    const model = CROSSING_MODELS[exerciseId];
    return model ? crossingView(model, mirrored ? 2 : 1) : null;
  }, [exerciseId, mirrored]);
  if (!view) return null;
  const [hx, hy] = view.head.c;
  return (
    <figure class="fig-inset">
      <svg viewBox={view.viewBox.join(' ')} role="img" aria-label={t(view.label)}>
        {/* Each limb over a gap in the card's colour: where the shin crosses the thigh, it visibly lies on top. */}
        {view.segments.map((s) => (
          <g key={s.id} data-part={s.id}>
            <line x1={s.a[0]} y1={s.a[1]} x2={s.b[0]} y2={s.b[1]} class="fig-inset-gap" />
            <line x1={s.a[0]} y1={s.a[1]} x2={s.b[0]} y2={s.b[1]} class={`fig-inset-limb${s.working ? ' fig-active' : ''}`} />
          </g>
        ))}
        {/* The head last: seen from above it is the highest part sitting, and clear of the legs lying. */}
        <circle cx={hx} cy={hy} r={BODY.headRadius} class="fig-inset-head" />
      </svg>
      <figcaption aria-hidden="true">{t('app.figure.fromAbove')}</figcaption>
    </figure>
  );
}
