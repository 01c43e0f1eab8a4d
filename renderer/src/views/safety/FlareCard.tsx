import { useState } from 'preact/hooks';
import { FLARE_PLAN, flareHeadline, flareStatus } from '@electron/safety/common/flare';
import { api } from '../../api';
import { FlareConfirm } from './FlareConfirm';
import { t } from '@electron/i18n/common/translate';
import { formatNumber } from '@electron/i18n/common/format';

const days = (first: number, last: number) =>
  first === last ? t('app.flare.day', { day: formatNumber(first) }) : t('app.flare.days', { first: formatNumber(first), last: formatNumber(last) });

/**
 * Flare-up mode: the plan day by day, and turning it on or off. Turning it on shows the urgent
 * warning signs first: a flare-up is when they matter most.
 */
export function FlareCard({ flareUpSince }: { flareUpSince: string | null }) {
  const status = flareStatus(flareUpSince, new Date());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const end = () =>
    void api.updateSettings({ flareUpSince: null }).then((r) => {
      setError(r.ok ? null : t('app.flare.changeFailed'));
    });

  return (
    <section class="card" aria-labelledby="flare-title">
      <h2 id="flare-title">{t('app.home.flareMode')}</h2>
      {status ? (
        <>
          <p role="status">
            <strong>{flareHeadline(status)}</strong>
          </p>
          <button type="button" class="button-secondary" onClick={end}>
            {t('app.flare.end')}
          </button>
        </>
      ) : confirming ? (
        <FlareConfirm titleId="flare-check-title" headingLevel={3} onStarted={() => setConfirming(false)} onCancel={() => setConfirming(false)} />
      ) : (
        <>
          <p>{t('app.flare.intro')}</p>
          <button type="button" class="button-primary" onClick={() => setConfirming(true)}>
            {t('app.flare.inFlare')}
          </button>
        </>
      )}
      <h3 id="flare-plan-title" class="flare-plan-title">
        {t('app.flare.plan')}
      </h3>
      <ol class="flare-plan" aria-labelledby="flare-plan-title">
        {FLARE_PLAN.map((stage) => {
          const now = status !== null && status.stage === stage;
          return (
            <li key={stage.firstDay} class={now ? 'flare-now' : undefined} aria-current={now ? 'step' : undefined}>
              <strong>{t('app.flare.stageLabel', { days: days(stage.firstDay, stage.lastDay) })}</strong> {stage.says}
              {now && <span class="visually-hidden"> {t('app.flare.today')}</span>}
            </li>
          );
        })}
        <li>{t('app.flare.after', { day: formatNumber(7) })}</li>
      </ol>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
