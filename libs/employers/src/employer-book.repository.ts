import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EmployerMergePreview } from './dto/employer.models';
import { TimelineEntryEntity } from './entities/timeline-entry.entity';

export const TIMELINE_COLUMNS =
  'id, employer_id AS "employerId", kind, text, author_id AS "authorId", occurred_at AS "occurredAt"';

/** How alike two names must be (pg_trgm similarity, 0-1) to be shown as a possible duplicate. */
export const DUPLICATE_SIMILARITY = 0.4;

/**
 * The last contact with the account `employer` (an alias): a held visit or a note on its timeline. One rule, for
 * the book's filter and the `lastContactAt` field.
 */
export const lastContactOf = (employer: string) => `GREATEST(
  (SELECT max(v.starts_at) FROM visit v WHERE v.employer_id = ${employer}.id AND v.status = 'HELD'),
  (SELECT max(n.occurred_at) FROM employer_timeline_entry n WHERE n.employer_id = ${employer}.id AND n.kind = 'NOTE'))`;

/**
 * `e` is a possible duplicate of `target`: a live account of the same region (and municipality, when both are
 * known) with a similar name. One rule, for the list of duplicates and the book's flag. `$2` is the similarity.
 */
const SIMILAR_ACCOUNT = `e.id <> target.id AND e.region_code = target.region_code AND e.merged_into_id IS NULL
  AND (target.municipality_code IS NULL OR e.municipality_code IS NULL OR e.municipality_code = target.municipality_code)
  AND e.name_search % target.name_search
  AND similarity(e.name_search, target.name_search) >= $2`;

/** The employer book's reads across accounts: last contacts, possible duplicates, what a merge would move. */
@Injectable()
export class EmployerBookRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The creator of a new account joins its team as lead, in the account's transaction. */
  async addTeamLead(manager: EntityManager, employerId: string, userId: string): Promise<void> {
    await manager.query('INSERT INTO employer_team_member (employer_id, user_id, is_lead) VALUES ($1, $2, true)', [
      employerId,
      userId,
    ]);
  }

  /** When each account was last contacted, in the order of `ids`. */
  async lastContacts(ids: readonly string[]): Promise<(Date | null)[]> {
    const rows: { id: string; at: Date | null }[] = await this.dataSource.query(
      `SELECT e.id, ${lastContactOf('e')} AS at FROM employer e WHERE e.id = ANY($1)`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row.at]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The possible duplicates of an account, most alike first. */
  async similarAccountIds(employerId: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT e.id FROM employer e, employer target
        WHERE target.id = $1 AND ${SIMILAR_ACCOUNT}
        ORDER BY similarity(e.name_search, target.name_search) DESC, e.legal_name, e.id
        LIMIT $3`,
      [employerId, DUPLICATE_SIMILARITY, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Whether each account has a possible duplicate, in the order of `ids`. */
  async duplicateFlags(ids: readonly string[]): Promise<boolean[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT target.id FROM employer target
        WHERE target.id = ANY($1) AND EXISTS (SELECT 1 FROM employer e WHERE ${SIMILAR_ACCOUNT})`,
      [ids, DUPLICATE_SIMILARITY],
    );
    const flagged = new Set(rows.map((row) => row.id));
    return ids.map((id) => flagged.has(id));
  }

  /**
   * What merging `mergeId` into `keepId` would move, and which of `fillable` (columns) the kept account lacks and
   * the merged one has: one statement.
   */
  async mergePreview(
    keepId: string,
    mergeId: string,
    fillable: readonly string[],
  ): Promise<Omit<EmployerMergePreview, 'filledFields'> & { filledColumns: string[] }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM employer_contact WHERE employer_id = $2) AS contacts,
              (SELECT count(*)::int FROM vacancy WHERE employer_id = $2) AS vacancies,
              (SELECT count(*)::int FROM visit WHERE employer_id = $2) AS visits,
              (SELECT count(*)::int FROM placement WHERE employer_id = $2) AS placements,
              (SELECT count(*)::int FROM employer_timeline_entry WHERE employer_id = $2) AS "timelineEntries",
              (SELECT count(*)::int FROM employer_team_member m WHERE m.employer_id = $2
                  AND NOT EXISTS (SELECT 1 FROM employer_team_member k WHERE k.employer_id = $1 AND k.user_id = m.user_id))
                AS "teamMembers",
              ARRAY(SELECT f FROM unnest($3::text[]) f
                     WHERE to_jsonb(k) -> f = 'null'::jsonb AND to_jsonb(m) -> f <> 'null'::jsonb) AS "filledColumns"
         FROM employer k, employer m WHERE k.id = $1 AND m.id = $2`,
      [keepId, mergeId, fillable],
    );
    return row;
  }

  /** One entry of an employer's timeline (a note a retry asks for again). */
  async timelineEntry(id: string): Promise<TimelineEntryEntity | undefined> {
    const [entry]: TimelineEntryEntity[] = await this.dataSource.query(
      `SELECT ${TIMELINE_COLUMNS} FROM employer_timeline_entry WHERE id = $1`,
      [id],
    );
    return entry;
  }
}
