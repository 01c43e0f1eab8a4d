import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentType, resolveInside } from '../base/node/safe-path';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The page is served from app://limber/ rather than file://, so it has a real origin, the CSP
 * arrives as a header, and no other local file is reachable from it.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://limber`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Must run before app `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // corsEnabled: Vite's module scripts carry `crossorigin`, which needs a CORS-capable scheme.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export function serveAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'limber' ? resolveInside(rendererRoot, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (!response?.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers({
      'content-type': contentType(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    return new Response(response.body, { status: 200, headers });
  });
}
