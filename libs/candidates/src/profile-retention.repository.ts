import { Transactions } from '@wsp/platform';
import { Injectable } from '@nestjs/common';

/** A profile past its retention date, locked for deletion. */
export interface ExpiredProfile {
  id: string;
  owner_organisation_id: string;
  coach_id: string;
  public_code: string;
}

/** A profile whose owner is to be reminded of its expiry. */
export interface ExpiringProfile {
  id: string;
  coach_id: string;
  public_code: string;
  expires_on: string;
}

/** The retention job's statements on `candidate_profile`. */
@Injectable()
export class ProfileRetentionRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Up to `limit` expired profiles, oldest first, locked (SKIP LOCKED: two runs share the work). */
  lockExpired(today: string, limit: number): Promise<ExpiredProfile[]> {
    return this.transactions.tx.query(
      `SELECT id, owner_organisation_id, coach_id, public_code FROM candidate_profile WHERE expires_on < $1
        ORDER BY expires_on LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [today, limit],
    );
  }

  /** Profiles expiring within `days` not yet reminded for this expiry date, marked reminded as they are taken. */
  takeRemindersDue(today: string, days: number): Promise<ExpiringProfile[]> {
    // A CTE, because TypeORM returns [rows, count] for a bare UPDATE ... RETURNING.
    return this.transactions.tx.query(
      `WITH due AS (
         UPDATE candidate_profile SET expiry_reminded_for = expires_on
          WHERE expires_on <= $1::date + $2::int AND expiry_reminded_for IS DISTINCT FROM expires_on
          RETURNING id, coach_id, public_code, expires_on
       )
       SELECT * FROM due`,
      [today, days],
    );
  }
}
