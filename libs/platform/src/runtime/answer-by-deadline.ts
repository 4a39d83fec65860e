import type { FastifyInstance } from 'fastify';

/** After the deadline, a moment for a transaction cancelled at it to roll back and answer in its own words. */
const GRACE_MS = 1000;

/**
 * Every request is answered by its deadline: whatever still waits then (on a database link gone silent, which
 * answers nothing, not even an error) gets SERVICE_UNAVAILABLE, and the late result is dropped when it comes. That
 * answer is true: a transaction of the request can no longer commit (see TransactionDeadlineSubscriber). WebSocket
 * upgrades (subscriptions) live on and are left alone.
 */
export function answerByDeadline(fastify: FastifyInstance, deadlineMs: number): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.headers.upgrade) return done();
    const timer = setTimeout(() => {
      if (reply.sent || reply.raw.headersSent) return;
      request.log.warn({ deadlineMs }, 'request not done by its deadline; answered SERVICE_UNAVAILABLE');
      void reply
        .code(503)
        .header('content-type', 'application/json; charset=utf-8')
        .send({
          data: null,
          errors: [
            {
              message: `The request took too long and nothing of it was saved; try again (correlation id ${request.id})`,
              extensions: { code: 'SERVICE_UNAVAILABLE' },
            },
          ],
        });
    }, deadlineMs + GRACE_MS);
    reply.raw.once('close', () => clearTimeout(timer));
    done();
  });
}
