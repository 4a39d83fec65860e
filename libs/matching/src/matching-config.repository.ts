import { Transactions } from '@wsp/platform';
import { Injectable } from '@nestjs/common';
import { MatchingSettings } from './engine/region-config';

/** The regions' matching settings as stored: only what a region set, with its version. */
@Injectable()
export class MatchingConfigRepository {
  constructor(private readonly transactions: Transactions) {}

  /** A region's settings (undefined: it set none), in the current transaction (if any), locked for a change when asked. */
  async settings(
    regionCode: string,
    lock = false,
  ): Promise<{ settings: MatchingSettings; version: number } | undefined> {
    const [row]: { settings: MatchingSettings; version: number }[] = await this.transactions.tx.query(
      `SELECT settings, version FROM matching_config WHERE region_code = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [regionCode],
    );
    return row;
  }

  async save(regionCode: string, settings: MatchingSettings, userId: string): Promise<void> {
    await this.transactions.tx.query(
      `INSERT INTO matching_config (region_code, settings, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (region_code) DO UPDATE
         SET settings = EXCLUDED.settings, version = matching_config.version + 1, updated_at = now(),
             updated_by = EXCLUDED.updated_by`,
      [regionCode, settings, userId],
    );
  }
}
