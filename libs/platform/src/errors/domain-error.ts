/** The error codes a client can rely on (`extensions.code`); see DESIGN.md. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  PII_DETECTED = 'PII_DETECTED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database could not be reached (restart, failover): try again shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  /** Path of the offending input field, e.g. `input.email` or `input.roles.1`. */
  field: string;
  message: string;
}

/**
 * An expected failure of a use case. Services throw these; the GraphQL layer maps them to errors
 * with `extensions.code`. Messages are shown to users: never put a job seeker's data in them.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, ErrorCode.INTERNAL_SERVER_ERROR>,
    message: string,
    readonly details: { fields?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static unauthenticated(message = 'Authentication required'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'Not allowed'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  /** Also used where a resource exists but is outside the actor's scope, so existence does not leak. */
  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
  }

  static badInput(fields: FieldProblem[]): DomainError {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid input: ${summary}`, { fields });
  }

  static conflict(message: string, details: Record<string, unknown> = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, details);
  }

  /** A dependency (the queue, the database) cannot be reached right now: nothing was done; try again shortly. */
  static unavailable(message: string): DomainError {
    return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}
