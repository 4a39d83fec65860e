import pino, { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { currentTraceId } from '../observability/tracing';

const loggers = new WeakMap<AppConfig, Logger>();

/**
 * The process's one pino logger, shared by Fastify (request logs with their request id) and Nest.
 * Requests are logged by method, path and status only: never bodies, headers or query strings
 * (bodies carry free text, headers tokens, query strings calendar-feed secrets).
 */
export function rootLogger(config: AppConfig): Logger {
  let logger = loggers.get(config);
  if (!logger) {
    logger = pino({
      level: config.logLevel,
      // With tracing on, each line also names its trace, so logs and spans of one request find each other.
      mixin: () => {
        const traceId = currentTraceId();
        return traceId ? { traceId } : {};
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, path: req.url?.split('?')[0] }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
    });
    loggers.set(config, logger);
  }
  return logger;
}
