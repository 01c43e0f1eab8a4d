import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { WarningSigns } from '../../components/WarningSigns';
import { t } from '@electron/i18n/common/translate';

interface Props {
  /** The title's id (what a dialog showing this is labelled by) and its level. */
  titleId: string;
  headingLevel: 2 | 3;
  onStarted: () => void;
  onCancel: () => void;
}

/**
 * Turning on flare-up mode, wherever it is offered (the Safety page, the finish screen after "This
 * hurt"): the urgent warning signs come first, and only "None of these" turns it on.
 */
export function FlareConfirm({ titleId, headingLevel, onStarted, onCancel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const heading = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string | null>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const start = () =>
    void api.updateSettings({ flareUpSince: new Date().toISOString() }).then((r) => {
      if (r.ok) onStarted();
      else setError(t('app.flare.changeFailed'));
    });
  return (
    <div class="flare-confirm">
      {/* autofocus: a dialog opening on this focuses the title, as the page does when it appears in place. */}
      <Heading id={titleId} tabIndex={-1} ref={heading} autoFocus>
        {t('app.flare.checkFirst')}
      </Heading>
      <WarningSigns headingLevel={3} show="urgent" copy="flare" />
      <div class="button-row">
        <button type="button" class="button-primary" onClick={start}>
          {t('app.flare.start')}
        </button>
        <button type="button" class="button-secondary" onClick={onCancel}>
          {t('app.common.cancel')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
