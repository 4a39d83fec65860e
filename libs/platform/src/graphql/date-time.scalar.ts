import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

/** RFC 3339 date-time: a full date, a time and a time zone (`Z` or an offset); the `T` may be a space. */
const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;
export const DATE_TIME_EXPECTED =
  'DateTime must be RFC 3339 with a time zone, like 2027-02-03T10:00:00Z or 2027-02-03T11:00:00+01:00';

/**
 * Instants in and out of the API. Strict on input: `03-02-2027 10:00` (2 March or 3 February?), a date without
 * a zone, a number or a year past 9999 is refused with the form expected, never guessed at.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as RFC 3339 with a time zone, e.g. 2027-02-03T09:00:00Z; answered in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent this value');
    return date.toISOString();
  },
  parseValue(value) {
    return parseDateTime(value);
  },
  parseLiteral(node: ValueNode) {
    return parseDateTime(node.kind === Kind.STRING ? node.value : undefined);
  },
});

/** The instant `value` names, or a GraphQLError showing the expected form (never the value). */
export function parseDateTime(value: unknown): Date {
  const parts = typeof value === 'string' ? RFC_3339.exec(value) : null;
  if (!parts) throw new GraphQLError(DATE_TIME_EXPECTED);
  const [, year, month, day, hour, minute, second, , , offsetHours, offsetMinutes] = parts.map(Number);
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  const valid =
    calendarDay.getUTCFullYear() === year &&
    calendarDay.getUTCMonth() === month - 1 &&
    calendarDay.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    (Number.isNaN(offsetHours) || (offsetHours <= 23 && offsetMinutes <= 59));
  if (!valid) throw new GraphQLError(DATE_TIME_EXPECTED);
  return new Date(value as string);
}
