import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../../electron/base/node/safe-path';

describe('resolveInside', () => {
  const root = '/app/renderer';
  it.each([
    ['/', '/app/renderer/index.html'],
    ['/index.html', '/app/renderer/index.html'],
    ['/assets/a%20b.js', '/app/renderer/assets/a b.js'],
  ])('serves %s', (path, expected) => expect(resolveInside(root, path)).toBe(expected));
  it.each(['/../secret', '/%2e%2e/secret', '/assets/../../etc/passwd', '/%E0%A4%A', '/a%00b'])('refuses %s', (path) =>
    expect(resolveInside(root, path)).toBeNull(),
  );
});
