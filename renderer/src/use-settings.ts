import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../electron/core/settings/schema';
import { api } from './api';

/** Current settings, kept live: changes from any source (tray, import, another view) arrive here. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void api.getSettings().then((result) => {
      if (alive && result.ok) setSettings(result.value);
    });
    const off = api.onSettingsChanged((value) => setSettings(value));
    return () => {
      alive = false;
      off();
    };
  }, []);
  return settings;
}
