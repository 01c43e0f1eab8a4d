/**
 * The only places Limber will open in the user's browser. Health links go to well-known public
 * sources; anything else a page asks for is refused, so a compromised page cannot open arbitrary URLs.
 */
export const VETTED_HOSTS = new Set(['www.nhs.uk', 'medlineplus.gov', 'www.ninds.nih.gov', 'github.com']);

export function isVettedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && VETTED_HOSTS.has(url.hostname);
}
