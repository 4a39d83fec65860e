import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '../config/app-config';

/**
 * Security headers on every response, and cross-origin calls only from the configured browser apps. The API is
 * called with a bearer token, never a cookie, so CORS never allows credentials and never a wildcard origin.
 */
export async function protectHttp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
    // The API serves JSON and calendar files: nothing may load, frame or be framed. The web app's files get a
    // policy of their own (apps/api/src/web).
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: config.corsOrigins.length > 0 ? 'cross-origin' : 'same-origin' },
  });
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? [...config.corsOrigins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  });
}
