import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { formatGraphQLErrors, mercuriusErrorFormatter } from './graphql-error-formatter';

function logger() {
  return { debug: jest.fn(), warn: jest.fn(), error: jest.fn() };
}

describe('formatGraphQLErrors', () => {
  it('carries the code and details of a domain error', () => {
    const error = new GraphQLError('x', {
      path: ['changeUserRoles'],
      originalError: DomainError.conflict('stale', { currentVersion: 3 }),
    });
    expect(formatGraphQLErrors([error], logger())).toEqual([
      expect.objectContaining({
        message: 'stale',
        path: ['changeUserRoles'],
        extensions: { code: 'CONFLICT', currentVersion: 3 },
      }),
    ]);
  });

  it('masks an unexpected error behind a correlation id that the log holds too, without query parameters', () => {
    const log = logger();
    const failure = new QueryFailedError('INSERT INTO note (text) VALUES ($1)', ['secret text'], new Error('boom'));
    const [formatted] = formatGraphQLErrors([new GraphQLError('boom', { originalError: failure })], log);
    const correlationId = formatted.extensions?.correlationId;
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).toBe(`Internal server error (correlation id ${correlationId})`);
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ correlationId }), expect.any(String));
    expect(JSON.stringify(log.error.mock.calls)).not.toContain('secret text');
  });

  it('uses the request id as correlation id, counts every error by code and logs codes, not messages', () => {
    const log = logger();
    const counted: string[] = [];
    const format = mercuriusErrorFormatter(log, (code) => counted.push(code));
    const errors = [
      new GraphQLError('x', { path: ['a'], originalError: DomainError.notFound('Employer 12345678 not found') }),
      new GraphQLError('boom', { path: ['b'], originalError: new Error('boom') }),
    ];
    const { response } = format({ data: { a: null, b: null }, errors }, { reply: { request: { id: 'req-42' } } });
    expect(response.errors[1].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: 'req-42' });
    expect(counted).toEqual(['NOT_FOUND', 'INTERNAL_SERVER_ERROR']);
    expect(log.debug).toHaveBeenCalledWith({ code: 'NOT_FOUND', path: ['a'] }, expect.any(String));
    expect(JSON.stringify(log.debug.mock.calls)).not.toContain('12345678');
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ correlationId: 'req-42' }), expect.any(String));
  });

  it('answers SERVICE_UNAVAILABLE with 503 when the database cannot be reached', () => {
    const log = logger();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating'), { code: '57P01' }));
    // The embedded server's socket file is gone while it is stopped.
    const noSocket = Object.assign(new Error('connect ENOENT /tmp/.s.PGSQL.5432'), {
      code: 'ENOENT',
      syscall: 'connect',
    });
    const format = mercuriusErrorFormatter(log);
    for (const failure of [refused, shutdown, noSocket, new Error('Connection terminated unexpectedly')]) {
      const { statusCode, response } = format(
        { data: null, errors: [new GraphQLError('x', { path: ['employers'], originalError: failure })] },
        { reply: { request: { id: 'req-7' } } },
      );
      expect(statusCode).toBe(503);
      expect(response.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', correlationId: 'req-7' });
    }
    expect(log.warn).toHaveBeenCalledTimes(4);
    expect(log.error).not.toHaveBeenCalled();
  });

  it('names the variable path of a coercion error', () => {
    const error = new GraphQLError(
      'Variable "$input" got invalid value "CEO" at "input.roles[0]"; Value "CEO" does not exist in "Role" enum.',
    );
    expect(formatGraphQLErrors([error], logger())[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.roles.0', message: 'Value does not exist in "Role" enum.' }],
    });
  });

  it.each([
    [
      'Variable "$input" got invalid value { clientNumber: "K123", hoursMin: "veertig" }; Field "legalBasis" of required type "LegalBasis!" was not provided.',
      'Variable "$input" got an invalid value; Field "legalBasis" of required type "LegalBasis!" was not provided.',
    ],
    [
      'Variable "$input" got invalid value "veertig" at "input.hoursMin"; Int cannot represent non-integer value: "veertig"',
      'Variable "$input" got an invalid value at "input.hoursMin"; Int cannot represent non-integer value',
    ],
    [
      'Variable "$input" got invalid value "X123" at "input.status"; Value "X123" does not exist in "CandidateStatus" enum.',
      'Variable "$input" got an invalid value at "input.status"; Value does not exist in "CandidateStatus" enum.',
    ],
    ['String cannot represent a non string value: 123456782', 'String cannot represent a non string value'],
    ['Expected value of type "Int!", found "K123".', 'Expected value of type "Int!"'],
  ])('never repeats the input value a GraphQL error quotes: %s', (raw, safe) => {
    const [formatted] = formatGraphQLErrors([new GraphQLError(raw)], logger());
    expect(formatted.message).toBe(safe);
    expect(JSON.stringify(formatted)).not.toMatch(/veertig|K123|X123|123456782/);
  });

  it('drops "Did you mean" suggestions when asked to (introspection off), and keeps them otherwise', () => {
    const error = new GraphQLError(
      'Cannot query field "employerz" on type "Query". Did you mean "employer" or "employers"?',
    );
    expect(formatGraphQLErrors([error], logger(), 'id', { hideSuggestions: true })[0].message).toBe(
      'Cannot query field "employerz" on type "Query".',
    );
    expect(formatGraphQLErrors([error], logger())[0].message).toContain('Did you mean');
  });

  it('keeps the reason a DateTime literal was refused, never the value', () => {
    const error = new GraphQLError(
      'Expected value of type "DateTime!", found "03-02-2027 10:00"; DateTime must be RFC 3339 with a time zone, like 2027-02-03T10:00:00Z or 2027-02-03T11:00:00+01:00',
    );
    expect(formatGraphQLErrors([error], logger())[0].message).toBe(
      'Expected value of type "DateTime!"; DateTime must be RFC 3339 with a time zone, like 2027-02-03T10:00:00Z or 2027-02-03T11:00:00+01:00',
    );
  });

  it('names a missing required field of an input', () => {
    const error = new GraphQLError(
      'Variable "$input" got invalid value { roles: [] }; Field "email" of required type "String!" was not provided.',
    );
    expect(formatGraphQLErrors([error], logger())[0].extensions?.fields).toEqual([
      { field: 'input.email', message: 'Field "email" of required type "String!" was not provided.' },
    ]);
  });

  it('unwraps the validation errors that Mercurius wraps in one', () => {
    const wrapped = new GraphQLError('Graphql validation error', {
      originalError: Object.assign(new Error('Graphql validation error'), {
        errors: [new GraphQLError('Cannot query field "nope" on type "Query".')],
      }),
    });
    expect(formatGraphQLErrors([wrapped], logger())).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "nope" on type "Query".',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });
});
