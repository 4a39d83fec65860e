import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MatchingSettings } from './engine/region-config';

/** The regions' matching settings as stored: only what a region set, with its version. */
@Injectable()
export class MatchingConfigRepository {
  /** A region's settings (undefined: it set none), in `manager`'s transaction, locked for a change when asked. */
  async settings(
    manager: EntityManager,
    regionCode: string,
    lock = false,
  ): Promise<{ settings: MatchingSettings; version: number } | undefined> {
    const [row]: { settings: MatchingSettings; version: number }[] = await manager.query(
      `SELECT settings, version FROM matching_config WHERE region_code = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [regionCode],
    );
    return row;
  }

  async save(manager: EntityManager, regionCode: string, settings: MatchingSettings, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO matching_config (region_code, settings, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (region_code) DO UPDATE
         SET settings = EXCLUDED.settings, version = matching_config.version + 1, updated_at = now(),
             updated_by = EXCLUDED.updated_by`,
      [regionCode, settings, userId],
    );
  }
}
