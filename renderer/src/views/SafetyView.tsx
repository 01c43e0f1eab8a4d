import { FURTHER_READING, notMedicalAdvice, stopLine } from '@electron/safety/common/content';
import { screeningAdvice } from '@electron/safety/common/offer';
import type { Settings } from '@electron/settings/common/schema';
import { api } from '../api';
import { WarningSigns } from '../components/WarningSigns';
import { EscalationNote } from './safety/EscalationNote';
import { FlareCard } from './safety/FlareCard';
import { LeftOutCard } from './safety/LeftOutCard';
import { ScreeningForm } from './safety/ScreeningForm';
import './SafetyView.css';
import { t } from '@electron/i18n/common/translate';

type Props = Pick<Settings, 'flareUpSince' | 'screening' | 'leftOutExercises'>;

/** Safety: the warning signs first, then flare-up mode, the safety questions and what is left out. */
export function SafetyView(props: Props) {
  const advice = screeningAdvice(props.screening);
  return (
    <section class="view safety" aria-labelledby="safety-title">
      <h1 id="safety-title" tabIndex={-1}>
        {t('app.safety.title')}
      </h1>

      <div class="card signs-card">
        <WarningSigns />
      </div>

      <EscalationNote />

      <p class="lead">{notMedicalAdvice()}</p>

      <FlareCard flareUpSince={props.flareUpSince} />

      <section class="card" aria-labelledby="screening-title">
        <h2 id="screening-title">{t('app.safety.questionsTitle')}</h2>
        {props.screening === null && (
          <p>
            <strong>{t('app.safety.notAnswered')}</strong> {t('app.safety.notAnsweredText')}
          </p>
        )}
        {advice.length > 0 && (
          <ul class="screening-advice">
            {advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {/* Not keyed on the saved answers: a save would start the form afresh and lose its "Saved." */}
        <ScreeningForm initial={props.screening} />
      </section>

      <LeftOutCard {...props} />

      <section class="card stop-card" aria-labelledby="stop-title">
        <h2 id="stop-title">{t('app.safety.duringSession')}</h2>
        <p>
          <strong>{stopLine()}</strong> {t('app.safety.duringSessionText')}
        </p>
      </section>

      <section class="card" aria-labelledby="reading-title">
        <h2 id="reading-title">{t('app.safety.furtherReading')}</h2>
        <ul>
          {FURTHER_READING.map((link) => (
            <li key={link.url}>
              <button type="button" class="button-quiet" onClick={() => void api.openExternal(link.url)}>
                {link.label}
                <span class="visually-hidden"> {t('app.safety.opensInBrowser')}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
