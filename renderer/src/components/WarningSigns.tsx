import { tierAction, WARNING_TIERS, type WarningTier } from '@electron/safety/common/content';
import { emergencyContactFor, type EmergencyContact } from '@electron/safety/common/emergency-number';
import './WarningSigns.css';
import { t } from '@electron/i18n/common/translate';

/** The number and services for the region of the language the system runs in (112 when it names no region). */
export const localEmergencyContact = (): EmergencyContact => emergencyContactFor(navigator.languages?.[0] ?? navigator.language);

interface Props {
  headingLevel?: 2 | 3;
  /** 'urgent': only the emergency and same-day tiers (turning on flare-up mode shows these first). */
  show?: 'all' | 'urgent';
  /**
   * A second copy on a page that already has the signs (turning on flare-up mode on the Safety page):
   * its own ids, and plain groups rather than landmarks, so every landmark stays unique.
   */
  copy?: string;
}

/**
 * The warning signs that need a clinician instead of exercise, in three tiers, the emergency tier
 * first and naming the number to call. Its heading id is what dialogs showing it are labelled by.
 */
export function WarningSigns({ headingLevel = 2, show = 'all', copy }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const contact = localEmergencyContact();
  const tiers: readonly WarningTier[] = show === 'all' ? WARNING_TIERS : WARNING_TIERS.filter((t) => t.id !== 'soon');
  const Box = copy ? 'div' : 'section';
  const id = (name: string) => `${copy ? `${copy}-` : ''}${name}`;
  return (
    <Box class="warning-signs" aria-labelledby={copy ? undefined : id('warning-signs-title')}>
      <Heading id={id('warning-signs-title')}>{t('app.warningSigns.title')}</Heading>
      {tiers.map((tier) => (
        <Box key={tier.id} class={`tier tier-${tier.id}`} aria-labelledby={copy ? undefined : id(`tier-${tier.id}-title`)}>
          <Sub id={id(`tier-${tier.id}-title`)}>{tierAction(tier, contact)}</Sub>
          <ul aria-labelledby={id(`tier-${tier.id}-title`)}>
            {tier.signs.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
        </Box>
      ))}
    </Box>
  );
}
