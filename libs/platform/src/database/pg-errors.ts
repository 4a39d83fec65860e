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
