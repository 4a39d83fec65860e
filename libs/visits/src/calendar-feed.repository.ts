import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A calendar feed as its owner sees it; the token itself is never stored, only its hash. */
export interface CalendarFeedRow {
  id: string;
  created_at: Date;
}

/** The calendar feeds' statements. */
@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(userId: string, tokenHash: Buffer): Promise<CalendarFeedRow> {
    const [feed]: CalendarFeedRow[] = await this.dataSource.query(
      'INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2) RETURNING id, created_at',
      [userId, tokenHash],
    );
    return feed;
  }

  /** The user's feeds still in use, oldest first. */
  active(userId: string): Promise<CalendarFeedRow[]> {
    return this.dataSource.query(
      'SELECT id, created_at FROM calendar_feed WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at',
      [userId],
    );
  }

  /** Revokes one of the user's feeds; false when it is not theirs or was revoked already. */
  async revoke(id: string, userId: string): Promise<boolean> {
    const revoked: { id: string }[] = await this.dataSource.query(
      `WITH revoked AS (
         UPDATE calendar_feed SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id)
       SELECT * FROM revoked`,
      [id, userId],
    );
    return revoked.length > 0;
  }

  /** The active owner of the feed with this token hash, unless the feed was revoked. */
  async ownerOf(tokenHash: Buffer): Promise<{ user_id: string; display_name: string } | undefined> {
    const [feed]: { user_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT f.user_id, u.display_name FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND u.active`,
      [tokenHash],
    );
    return feed;
  }

  /** The names and addresses of the professionals in a feed's visits. */
  people(userIds: readonly string[]): Promise<{ id: string; display_name: string; email: string }[]> {
    return this.dataSource.query('SELECT id, display_name, email FROM app_user WHERE id = ANY($1)', [userIds]);
  }
}
