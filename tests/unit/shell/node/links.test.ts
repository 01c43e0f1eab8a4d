import { describe, expect, it } from 'vitest';
import { isVettedExternalUrl, VETTED_HOSTS, vettedExternalUrl } from '../../../../electron/shell/node/links';
import { FURTHER_READING } from '../../../../electron/safety/common/content';

describe('isVettedExternalUrl', () => {
  it.each(['https://www.nhs.uk/conditions/sciatica/', 'https://medlineplus.gov/sciatica.html'])('allows %s', (url) =>
    expect(isVettedExternalUrl(url)).toBe(true),
  );
  it.each([
    'http://www.nhs.uk/',
    'https://evil.example/',
    'https://www.nhs.uk.evil.example/',
    'https://user:pw@www.nhs.uk/',
    'https://www.nhs.uk:8443/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
    // Hosts the app never links to, however reputable.
    'https://github.com/',
    'https://www.ninds.nih.gov/',
  ])('refuses %s', (url) => expect(isVettedExternalUrl(url)).toBe(false));

  it('vets exactly the hosts of the pages the app links to', () => {
    expect([...VETTED_HOSTS].sort()).toEqual([...new Set(FURTHER_READING.map((l) => new URL(l.url).hostname))].sort());
  });

  it('returns the parsed href, which is what gets opened', () => {
    expect(vettedExternalUrl('HTTPS://WWW.NHS.UK/conditions/a b?q=1#x')).toBe('https://www.nhs.uk/conditions/a%20b?q=1#x');
    expect(vettedExternalUrl(' https://medlineplus.gov')).toBe('https://medlineplus.gov/');
    expect(vettedExternalUrl('https://github.com/')).toBeNull();
  });
});
