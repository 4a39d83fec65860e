import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/** The project's root, whether this file runs compiled (dist/apps/api/src/web) or from source (tests). */
const PROJECT_ROOT = resolve(__dirname, __dirname.includes(`${sep}dist${sep}`) ? '../../../../..' : '../../../..');
/** Where `npm run build:web` puts the web app. */
export const WEB_APP_ROOT = resolve(PROJECT_ROOT, 'dist/web');

/**
 * The web app's policy: everything from this origin, nothing inline, nothing from another host, so the app works
 * in a closed network and an injected script cannot run. (The API's own responses keep `default-src 'none'`.) With
 * OpenID Connect, the browser also talks to the identity providers (discovery, token exchange and renewal): their
 * origins, and only those, join `connect-src`.
 */
export function webAppCsp(identityProviderOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...identityProviderOrigins].join(' '),
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Serves the built web app at `/`: its files, and `index.html` for every other GET that no API route takes (the
 * app's own routes, such as /werkgevers/…). Not built: the API runs without it and says so once.
 */
export async function serveWebApp(
  fastify: FastifyInstance,
  { root = WEB_APP_ROOT, identityProviderOrigins = [] }: { root?: string; identityProviderOrigins?: string[] } = {},
): Promise<boolean> {
  const policy = webAppCsp(identityProviderOrigins);
  if (!existsSync(resolve(root, 'index.html'))) {
    new Logger('WebApp').warn(`No web app in ${root}: run npm run build:web (npm start does)`);
    return false;
  }
  await fastify.register(async (scope) => {
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('content-security-policy', policy);
      return payload;
    });
    await scope.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each bundle: sent as they are to browsers that accept them.
      preCompressed: true,
      // Hashed bundles never change; index.html always checked, so a deploy reaches every browser.
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const page = (_request: unknown, reply: { sendFile(file: string): unknown }) => reply.sendFile('index.html');
    scope.get('/', page);
    scope.get('/*', page);
  });
  return true;
}
