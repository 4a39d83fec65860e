import { QueryFailedError } from 'typeorm';

interface DriverError {
  code?: string;
  constraint?: string;
}

function driverError(error: unknown): DriverError | undefined {
  return error instanceof QueryFailedError ? (error.driverError as DriverError) : undefined;
}

/** A unique index refused the row; `constraint` narrows it to one index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = driverError(error);
  return driver?.code === '23505' && (constraint === undefined || driver.constraint === constraint);
}

/** A statement named a table that does not exist (the schema was never migrated). */
export function isUndefinedTable(error: unknown): boolean {
  return driverError(error)?.code === '42P01';
}

/** A foreign key refused the row (a code that does not exist); returns the constraint's name. */
export function foreignKeyViolation(error: unknown): string | undefined {
  const driver = driverError(error);
  return driver?.code === '23503' ? (driver.constraint ?? '') : undefined;
}

/** PostgreSQL gave up on a transaction that collided with another (deadlock, serialization); it may be retried. */
export function isTransientConflict(error: unknown): boolean {
  const code = driverError(error)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * Runs `work` (a whole transaction) again when PostgreSQL aborted it as a deadlock victim, as happens when a
 * cascade delete meets a matching job writing the same rows. Other errors pass through at once.
 */
export async function retryTransientConflicts<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

/** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart, not yet accepting). */
const UNAVAILABLE_STATE = /^(08|57P0[1-3])/;
const UNAVAILABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** What node-postgres throws itself when a server goes away or never answers (no code). */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;
/** TypeORM releases a transaction's query runner when its connection dies; the transaction's next query says so. */
const RELEASED_RUNNER = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * The database cannot be reached (stopped, restarting, network gone), as opposed to refusing a statement: the
 * request may succeed when retried later, and nothing of it was committed unless the commit itself was answered.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code ?? driverError(current)?.code;
    if (typeof code === 'string' && (UNAVAILABLE_STATE.test(code) || UNAVAILABLE_NETWORK.has(code))) return true;
    // A local server's socket file is gone while it is stopped.
    if (code === 'ENOENT' && (current as { syscall?: unknown }).syscall === 'connect') return true;
    if (UNAVAILABLE_MESSAGE.test(current.message) || RELEASED_RUNNER.has(current.name)) return true;
    current = driverError(current) ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
