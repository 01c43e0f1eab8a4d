import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';

/**
 * An own picture, shown as a data: URL made from the bytes main sends (routines:image). The
 * window's policy already allows `img-src 'self' data:` for its own icons, so nothing is loosened:
 * no blob: source, no file:// path, nothing the page could point elsewhere. Ids are content hashes,
 * so a cached picture never goes stale; the cache holds the last few only.
 */
const cache = new Map<string, string>();
const CACHE_SIZE = 24;

export const pictureUrl = (type: string, data: string) => `data:${type};base64,${data}`;

/** Remember a picture the window already has (just stored), so showing it needs no round trip. */
export function rememberOwnImage(imageId: string, url: string): void {
  cache.delete(imageId);
  cache.set(imageId, url);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** The picture's URL; null while it loads; false when main has no such picture (or it no longer passes the check). */
export function useOwnImage(imageId: string): string | null | false {
  const [url, setUrl] = useState<string | null | false>(() => cache.get(imageId) ?? null);
  useEffect(() => {
    const known = cache.get(imageId);
    if (known) {
      setUrl(known);
      return;
    }
    setUrl(null);
    let live = true;
    void api.getOwnImage(imageId).then((answer) => {
      if (!live) return;
      if (answer.ok && answer.value) {
        const made = pictureUrl(answer.value.type, answer.value.data);
        rememberOwnImage(imageId, made);
        setUrl(made);
      } else setUrl(false);
    });
    return () => {
      live = false;
    };
  }, [imageId]);
  return url;
}
