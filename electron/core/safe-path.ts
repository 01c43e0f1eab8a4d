import { join, normalize, sep } from 'node:path';

/** Resolve a URL path inside `root`, or null if it would escape it (`..`, bad escapes). */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  const base = root.endsWith(sep) ? root : root + sep;
  return full.startsWith(base) ? full : null;
}
