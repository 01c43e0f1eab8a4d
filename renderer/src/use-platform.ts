import { useEffect, useState } from 'preact/hooks';
import type { AppInfo } from '@electron/shell/common/app-channels';
import { api } from './api';

/** The app's platform and what it can promise there (from main, asked once); null until known. */
export function usePlatform(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let alive = true;
    void api.getAppInfo().then((result) => {
      if (alive && result.ok) setInfo(result.value);
    });
    return () => {
      alive = false;
    };
  }, []);
  return info;
}
