/**
 * SQL for the period filter on a timestamptz column: days are Dutch calendar days, and the bounds stay
 * plain comparisons so an index on the column serves them. `$2` is the first day, `$3` the last.
 */
export const inPeriod = (column: string): string =>
  `${column} >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
   AND ${column} < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** SQL for "after the first day and at most 90 days after the last day" of the period, for what follows a visit. */
export const afterPeriod = (column: string): string =>
  `${column} > ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
   AND ${column} <= (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') + interval '90 days'`;
