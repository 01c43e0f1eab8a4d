import { useState } from 'preact/hooks';
import { FLARE_PLAN, flareHeadline, flareStatus } from '@electron/safety/common/flare';
import { api } from '../../api';
import { FlareConfirm } from './FlareConfirm';

const days = (first: number, last: number) => (first === last ? `Day ${first}` : `Days ${first}–${last}`);

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
      setError(r.ok ? null : 'Could not change flare-up mode. Nothing was changed; please try again.');
    });

  return (
    <section class="card" aria-labelledby="flare-title">
      <h2 id="flare-title">Flare-up mode</h2>
      {status ? (
        <>
          <p role="status">
            <strong>{flareHeadline(status)}</strong>
          </p>
          <button type="button" class="button-secondary" onClick={end}>
            I feel better — end flare-up mode
          </button>
        </>
      ) : confirming ? (
        <FlareConfirm titleId="flare-check-title" headingLevel={3} onStarted={() => setConfirming(false)} onCancel={() => setConfirming(false)} />
      ) : (
        <>
          <p>
            Having a bad day? Staying still tends to make sciatica worse, so flare-up mode keeps you moving: short, gentle
            breaks more often at first, then your exercises come back a few at a time over the week.
          </p>
          <button type="button" class="button-primary" onClick={() => setConfirming(true)}>
            I'm in a flare-up
          </button>
        </>
      )}
      <h3 id="flare-plan-title" class="flare-plan-title">
        The plan
      </h3>
      <ol class="flare-plan" aria-labelledby="flare-plan-title">
        {FLARE_PLAN.map((stage) => {
          const now = status !== null && status.stage === stage;
          return (
            <li key={stage.firstDay} class={now ? 'flare-now' : undefined} aria-current={now ? 'step' : undefined}>
              <strong>{days(stage.firstDay, stage.lastDay)}:</strong> {stage.says}
              {now && <span class="visually-hidden"> (today)</span>}
            </li>
          );
        })}
        <li>After day 7: back to your usual plan, by itself.</li>
      </ol>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
