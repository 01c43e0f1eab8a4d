import { FURTHER_READING, NOT_MEDICAL_ADVICE, STOP_LINE } from '@electron/safety/common/content';
import { flareAdjustments, flarePhase } from '@electron/safety/common/flare';
import { api } from '../api';
import { WarningSigns } from '../components/WarningSigns';
import './SafetyView.css';

const dayAndTime = (date: Date) =>
  date.toLocaleString(undefined, { weekday: 'long', hour: '2-digit', minute: '2-digit' });

export function SafetyView({ flareUpSince }: { flareUpSince: string | null }) {
  const phase = flarePhase(flareUpSince, new Date());
  const adjustments = flareAdjustments(phase);

  return (
    <section class="view safety" aria-labelledby="safety-title">
      <h1 id="safety-title" tabIndex={-1}>
        Safety and flare-ups
      </h1>
      <p class="lead">{NOT_MEDICAL_ADVICE}</p>

      <section class="card" aria-labelledby="flare-title">
        <h2 id="flare-title">Flare-up mode</h2>
        {phase.kind === 'none' ? (
          <>
            <p>
              Having a bad day? Flare-up mode gives you a day or two of rest with only the gentlest moves and fewer
              reminders, then eases you back in over the week. Your walking goal stays where it is meanwhile.
            </p>
            <button
              type="button"
              class="button-primary"
              onClick={() => void api.updateSettings({ flareUpSince: new Date().toISOString() })}
            >
              I'm in a flare-up
            </button>
          </>
        ) : (
          <>
            <p role="status">
              <strong>{adjustments.headline}</strong> This phase ends {dayAndTime(phase.endsAt)}.
            </p>
            <button type="button" class="button-secondary" onClick={() => void api.updateSettings({ flareUpSince: null })}>
              I feel better — end flare-up mode
            </button>
          </>
        )}
      </section>

      <section class="card stop-card" aria-labelledby="stop-title">
        <h2 id="stop-title">During every session</h2>
        <p>
          <strong>{STOP_LINE}</strong> Every session shows this, and the “This hurt” button ends it at once and notes it
          in your history.
        </p>
      </section>

      <div class="card">
        <WarningSigns />
      </div>

      <section class="card" aria-labelledby="reading-title">
        <h2 id="reading-title">Further reading</h2>
        <ul>
          {FURTHER_READING.map((link) => (
            <li key={link.url}>
              <button type="button" class="button-quiet" onClick={() => void api.openExternal(link.url)}>
                {link.label}
                <span class="visually-hidden"> (opens in your browser)</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
