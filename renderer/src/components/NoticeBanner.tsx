import type { Notice } from '@electron/shell/common/app-channels';
import './NoticeBanner.css';
import { t } from '@electron/i18n/common/translate';

interface Props {
  notices: Notice[];
  onDismiss: (id: string) => void;
}

/** Messages main wants read once (e.g. a repaired settings file). Announced, then dismissible. */
export function NoticeBanner({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div class="notices">
      {notices.map((notice) => (
        <div key={notice.id} class={`notice notice-${notice.level}`} role={notice.level === 'warning' ? 'alert' : 'status'}>
          <p>{notice.message}</p>
          <button type="button" class="button-quiet" onClick={() => onDismiss(notice.id)}>
            {t('app.notice.gotIt')}
          </button>
        </div>
      ))}
    </div>
  );
}
