import { EMERGENCY_NOTE, SEE_A_DOCTOR_SIGNS } from '@electron/safety/common/content';
import './WarningSigns.css';

/** The red flags that need a clinician instead of exercise. */
export function WarningSigns({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="warning-signs" aria-labelledby="warning-signs-title">
      <Heading id="warning-signs-title">When to see a doctor instead</Heading>
      <ul>
        {SEE_A_DOCTOR_SIGNS.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p class="emergency">{EMERGENCY_NOTE}</p>
    </section>
  );
}
