import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { EmployerMergePreview } from './dto/employer.models';
import { EmployerEntity } from './entities/employer.entity';
import { EmployerService, recordTimeline } from './employer.service';

/** How alike two names must be (pg_trgm similarity, 0-1) to be shown as a possible duplicate. */
export const DUPLICATE_SIMILARITY = 0.4;
const MAX_DUPLICATES = 10;

/** Fields a kept account takes over from the merged one when it has none itself. */
const FILLABLE = [
  'establishment_number',
  'trade_name',
  'size_class',
  'street',
  'house_number',
  'postcode',
  'city',
  'municipality_code',
  'website',
];

/** Finding and merging employers entered twice (before the shared book, each organisation kept its own). */
@Injectable()
export class EmployerMergeService {
  constructor(
    private readonly employers: EmployerService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Live accounts of the same region (and municipality, when known) with a similar name, most alike first. */
  async possibleDuplicates(actor: Actor, employerId: string): Promise<EmployerEntity[]> {
    const employer = await this.employers.get(actor, employerId);
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT e.id FROM employer e, employer target
        WHERE target.id = $1 AND e.id <> target.id AND e.region_code = target.region_code
          AND e.merged_into_id IS NULL
          AND (target.municipality_code IS NULL OR e.municipality_code IS NULL OR e.municipality_code = target.municipality_code)
          AND e.name_search % target.name_search
          AND similarity(e.name_search, target.name_search) >= $2
        ORDER BY similarity(e.name_search, target.name_search) DESC, e.legal_name, e.id
        LIMIT $3`,
      [employer.id, DUPLICATE_SIMILARITY, MAX_DUPLICATES],
    );
    const found = await this.employers.findByIds(ids.map((row) => row.id));
    return ids.map((row) => found.find((e) => e.id === row.id)!);
  }

  /** For a loader: whether each account has a possible duplicate (the same rule as `possibleDuplicates`). */
  async duplicateFlags(ids: readonly string[]): Promise<boolean[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT target.id FROM employer target
        WHERE target.id = ANY($1) AND EXISTS (
          SELECT 1 FROM employer e
           WHERE e.id <> target.id AND e.region_code = target.region_code AND e.merged_into_id IS NULL
             AND (target.municipality_code IS NULL OR e.municipality_code IS NULL
                  OR e.municipality_code = target.municipality_code)
             AND e.name_search % target.name_search
             AND similarity(e.name_search, target.name_search) >= $2)`,
      [ids, DUPLICATE_SIMILARITY],
    );
    const flagged = new Set(rows.map((row) => row.id));
    return ids.map((id) => flagged.has(id));
  }

  /** What a merge of `mergeId` into `keepId` would move and fill in, read as the merge would do it. */
  async preview(actor: Actor, keepId: string, mergeId: string): Promise<EmployerMergePreview> {
    if (keepId === mergeId) throw DomainError.badInput([{ field: 'mergeId', message: 'must differ from keepId' }]);
    const keep = await this.employers.get(actor, keepId);
    const merge = await this.employers.get(actor, mergeId);
    if (keep.regionCode !== merge.regionCode) {
      throw DomainError.badInput([{ field: 'mergeId', message: 'must be an employer of the same region' }]);
    }
    const [counts]: Omit<EmployerMergePreview, 'filledFields'>[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM employer_contact WHERE employer_id = $2) AS contacts,
              (SELECT count(*)::int FROM vacancy WHERE employer_id = $2) AS vacancies,
              (SELECT count(*)::int FROM visit WHERE employer_id = $2) AS visits,
              (SELECT count(*)::int FROM placement WHERE employer_id = $2) AS placements,
              (SELECT count(*)::int FROM employer_timeline_entry WHERE employer_id = $2) AS "timelineEntries",
              (SELECT count(*)::int FROM employer_team_member m WHERE m.employer_id = $2
                  AND NOT EXISTS (SELECT 1 FROM employer_team_member k WHERE k.employer_id = $1 AND k.user_id = m.user_id))
                AS "teamMembers"`,
      [keepId, mergeId],
    );
    const [filled]: { fields: string[] }[] = await this.dataSource.query(
      `SELECT ARRAY(SELECT f FROM unnest($3::text[]) f
                     WHERE to_jsonb(k) -> f = 'null'::jsonb AND to_jsonb(m) -> f <> 'null'::jsonb) AS fields
         FROM employer k, employer m WHERE k.id = $1 AND m.id = $2`,
      [keepId, mergeId, FILLABLE],
    );
    return { ...counts, filledFields: filled.fields.map(camelCase) };
  }

  /**
   * Moves contacts, team, vacancies and timeline of `mergeId` to `keepId` in one transaction; the merged
   * account stays as a tombstone pointing to the kept one, recording who merged and when.
   */
  async merge(actor: Actor, keepId: string, mergeId: string): Promise<EmployerEntity> {
    if (keepId === mergeId) throw DomainError.badInput([{ field: 'mergeId', message: 'must differ from keepId' }]);
    const keep = await this.employers.getForUpdate(actor, keepId);
    const merge = await this.employers.getForUpdate(actor, mergeId);
    if (keep.regionCode !== merge.regionCode) {
      throw DomainError.badInput([{ field: 'mergeId', message: 'must be an employer of the same region' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      // Lock both in a fixed order, so two merges of the same pair cannot interleave.
      const locked: { id: string; merged_into_id: string | null }[] = await manager.query(
        'SELECT id, merged_into_id FROM employer WHERE id = ANY($1) ORDER BY id FOR UPDATE',
        [[keepId, mergeId]],
      );
      if (locked.some((row) => row.merged_into_id)) {
        throw DomainError.conflict('One of these employers was merged meanwhile; reload and try again');
      }
      await manager.query('UPDATE employer_contact SET employer_id = $1 WHERE employer_id = $2', [keepId, mergeId]);
      await manager.query('UPDATE vacancy SET employer_id = $1 WHERE employer_id = $2', [keepId, mergeId]);
      await manager.query('UPDATE visit SET employer_id = $1 WHERE employer_id = $2', [keepId, mergeId]);
      await manager.query('UPDATE placement SET employer_id = $1 WHERE employer_id = $2', [keepId, mergeId]);
      await manager.query('UPDATE employer_timeline_entry SET employer_id = $1 WHERE employer_id = $2', [
        keepId,
        mergeId,
      ]);
      // The kept account's lead stays the lead; the other team members join it.
      await manager.query(
        `INSERT INTO employer_team_member (employer_id, user_id, is_lead, added_at)
         SELECT $1, m.user_id,
                m.is_lead AND NOT EXISTS (SELECT 1 FROM employer_team_member k WHERE k.employer_id = $1 AND k.is_lead),
                m.added_at
           FROM employer_team_member m WHERE m.employer_id = $2
         ON CONFLICT (employer_id, user_id) DO NOTHING`,
        [keepId, mergeId],
      );
      await manager.query('DELETE FROM employer_team_member WHERE employer_id = $1', [mergeId]);
      await manager.query(
        `UPDATE employer k SET ${FILLABLE.map((c) => `${c} = coalesce(k.${c}, m.${c})`).join(', ')},
                sbi_codes = ARRAY(SELECT DISTINCT unnest(k.sbi_codes || m.sbi_codes) ORDER BY 1),
                key_account = k.key_account OR m.key_account,
                version = k.version + 1, updated_at = now()
           FROM employer m WHERE k.id = $1 AND m.id = $2`,
        [keepId, mergeId],
      );
      await manager.query(
        `UPDATE employer SET merged_into_id = $1, merged_by = $2, merged_at = now(), version = version + 1, updated_at = now()
          WHERE id = $3`,
        [keepId, actor.userId, mergeId],
      );
      await recordTimeline(
        manager,
        keepId,
        actor,
        'MERGED',
        `${merge.legalName} (KvK ${merge.kvkNumber}) samengevoegd met dit account door ${actor.displayName}`,
      );
    });
    return this.employers.get(actor, keepId);
  }
}

const camelCase = (column: string): string => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
