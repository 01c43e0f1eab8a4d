import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '@electron/shell/common/app-channels';
import { api } from '../api';

/**
 * Messages main wants read once. The ones waiting at start-up come with rendererReady; later ones
 * arrive as events. A notice replaces an earlier one with the same id, never duplicates it.
 */
export function useNotices(): [Notice[], (id: string) => void] {
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    const add = (incoming: Notice[]) =>
      setNotices((list) => [...list.filter((n) => !incoming.some((i) => i.id === n.id)), ...incoming]);
    const off = api.onNotice((notice) => add([notice]));
    void api.rendererReady().then((result) => {
      if (result.ok) add(result.value);
    });
    return off;
  }, []);

  const dismiss = (id: string) => {
    setNotices((list) => list.filter((n) => n.id !== id));
    void api.dismissNotice(id);
  };
  return [notices, dismiss];
}
