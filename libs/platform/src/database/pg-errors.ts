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
