import { useEffect, useState } from 'preact/hooks';
import type { PresenceStatus } from '@electron/presence/common/switch-status';
import type { PresenceSettings } from '@electron/settings/common/schema';
import { api } from '../../api';

/**
 * What this computer can tell per presence switch, asked again whenever the saved switches change
 * (a save here, or an import): undefined until main answers, a string when it could not.
 */
export function usePresenceStatus(presence: PresenceSettings): PresenceStatus | string | undefined {
  const [status, setStatus] = useState<PresenceStatus | string | undefined>(undefined);
  const key = JSON.stringify(presence);
  useEffect(() => {
    let alive = true;
    void api.getPresenceStatus().then((result) => {
      if (alive) setStatus(result.ok ? result.value : result.error.message);
    });
    return () => {
      alive = false;
    };
  }, [key]);
  return status;
}
