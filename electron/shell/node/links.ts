import { FURTHER_READING } from '../../safety/common/content';

/**
 * The only hosts Limber will open in the user's browser: exactly those of the pages it links to
 * (FURTHER_READING), so adding a link is what vets its host, and a compromised page cannot open
 * anything else.
 */
export const VETTED_HOSTS: ReadonlySet<string> = new Set(FURTHER_READING.map((link) => new URL(link.url).hostname));

/**
 * The normalised `href` of a vetted https link, or null. Callers pass this href on, never the raw
 * string, so what is opened is exactly what was checked.
 */
export function vettedExternalUrl(raw: string): string | null {
  // The URL parser reads "https:\\www.nhs.uk\\…" as https://www.nhs.uk/…: a link written with
  // backslashes or control characters (tabs and newlines the parser drops) is not one Limber wrote,
  // so it is refused as sent. (A plain space is kept: the parser encodes it, and opens that.)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const vetted =
    url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && VETTED_HOSTS.has(url.hostname);
  return vetted ? url.href : null;
}

export const isVettedExternalUrl = (raw: string): boolean => vettedExternalUrl(raw) !== null;
