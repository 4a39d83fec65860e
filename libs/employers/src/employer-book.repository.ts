import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  ColumnMap,
  columnsOf,
  ConnectionShape,
  entityDecoder,
  inActorRegions,
  loadRelation,
  PageArgs,
  paginate,
  Projection,
  propertyColumns,
  Relation,
  StoredRow,
  Transactions,
  updateChangedColumns,
  versionedUpdate,
} from '@wsp/platform';
import { DataSource } from 'typeorm';
import { EmployerFilter } from './dto/employer.inputs';
import { EmployerMergePreview } from './dto/employer.models';
import { EmployerContactEntity } from './entities/employer-contact.entity';
import { EmployerEntity } from './entities/employer.entity';
import { TimelineEntryEntity, TimelineKind } from './entities/timeline-entry.entity';

export const TIMELINE_COLUMNS =
  'id, employer_id AS "employerId", kind, text, author_id AS "authorId", occurred_at AS "occurredAt"';

/** A member of an account team. */
export interface TeamMemberRow {
  employerId: string;
  userId: string;
  isLead: boolean;
}

/**
 * The employer is locked (KEY SHARE, as the reference check would) before the deadline is read: a note that
 * waited for the lock (a merge holding the employer) is checked when it got it, not when it began to wait.
 * OFFSET 0 keeps the planner from moving the deadline's filter below the lock.
 */
const ADD_NOTE_IF_WRITABLE = `INSERT INTO employer_timeline_entry (employer_id, kind, text, author_id)
   SELECT locked.id, 'NOTE', $2, $3
     FROM (SELECT e.id FROM employer e
            WHERE e.id = $1 AND e.region_code = ANY($4) AND e.merged_into_id IS NULL
              FOR KEY SHARE OFFSET 0) AS locked
    WHERE $5::float8 IS NULL OR clock_timestamp() < to_timestamp($5::float8 / 1000)
   RETURNING ${TIMELINE_COLUMNS}`;

/** What the employer book's list shows of an account (the sort key, legalName, included). */
const EMPLOYER_LIST = new Projection<EmployerEntity>(
  'employer-list',
  ['legalName', 'tradeName', 'kvkNumber', 'city'],
  ['contacts', 'team', 'timeline', 'vacancies', 'lastContactAt', 'hasPossibleDuplicates'],
);

const CONTACT_FIELDS: (keyof EmployerContactEntity & string)[] = [
  'id',
  'employerId',
  'name',
  'role',
  'email',
  'phone',
  'version',
];

/** The newest timeline entries an account's page shows. */
export const TIMELINE_LENGTH = 20;

/** An imported row's field -> the employer's column. */
const IMPORTED_EMPLOYER_COLUMNS: ColumnMap = {
  legalName: 'legal_name',
  tradeName: 'trade_name',
  establishmentNumber: 'establishment_number',
  sbiCodes: 'sbi_codes',
  sizeClass: 'size_class',
  street: 'street',
  houseNumber: 'house_number',
  postcode: 'postcode',
  city: 'city',
  municipalityCode: 'municipality_code',
  website: 'website',
  keyAccount: 'key_account',
};

/** An imported row's field -> the contact's column. */
const IMPORTED_CONTACT_COLUMNS: ColumnMap = { name: 'name', role: 'role', email: 'email', phone: 'phone' };

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
  /** What an account's page shows beside it, read by the account's id (see relationOf). */
  readonly relations: {
    contacts: Relation<EmployerContactEntity>;
    team: Relation<TeamMemberRow>;
    timeline: Relation<TimelineEntryEntity>;
  };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {
    const contact = dataSource.getMetadata(EmployerContactEntity);
    this.relations = {
      contacts: {
        name: 'employer_contacts',
        // The columns of the GraphQL type (the record's timestamps are not part of it).
        sql: `SELECT c.employer_id AS "parentId", ${propertyColumns(contact, 'c', CONTACT_FIELDS)}
                FROM employer_contact c WHERE c.employer_id = ANY($1::uuid[]) ORDER BY c.name`,
        decode: entityDecoder(contact),
      },
      team: {
        name: 'employer_team',
        sql: `SELECT employer_id AS "parentId", employer_id AS "employerId", user_id AS "userId", is_lead AS "isLead"
                FROM employer_team_member WHERE employer_id = ANY($1::uuid[]) ORDER BY is_lead DESC, added_at`,
        decode: (row) => row as unknown as TeamMemberRow,
      },
      timeline: {
        name: 'employer_timeline',
        sql: `SELECT e.id AS "parentId", t.id, t.employer_id AS "employerId", t.kind, t.text, t.author_id AS "authorId",
                     t.occurred_at AS "occurredAt"
                FROM unnest($1::uuid[]) AS e(id)
               CROSS JOIN LATERAL (SELECT * FROM employer_timeline_entry WHERE employer_id = e.id
                                    ORDER BY occurred_at DESC, id DESC LIMIT ${TIMELINE_LENGTH}) t`,
        decode: (row) => ({ ...row, occurredAt: new Date(row.occurredAt as string) }) as TimelineEntryEntity,
      },
    };
  }

  /** Writes one line to the employer's timeline, in the current transaction (if any); returns that line. */
  async recordTimeline(
    employerId: string,
    author: Pick<Actor, 'userId'>,
    kind: TimelineKind,
    text: string,
  ): Promise<TimelineEntryEntity> {
    const [entry]: TimelineEntryEntity[] = await this.transactions.tx.query(
      `INSERT INTO employer_timeline_entry (employer_id, kind, text, author_id) VALUES ($1, $2, $3, $4)
       RETURNING ${TIMELINE_COLUMNS}`,
      [employerId, kind, text, author.userId],
    );
    return entry;
  }

  /** The live account with this KvK number in the region, locked for an import's row. */
  async lockImportedEmployer(regionCode: string, kvkNumber: string): Promise<StoredRow | undefined> {
    const [current]: StoredRow[] = await this.transactions.tx.query(
      `SELECT id, to_jsonb(e) AS row FROM employer e
        WHERE region_code = $1 AND kvk_number = $2 AND merged_into_id IS NULL FOR UPDATE`,
      [regionCode, kvkNumber],
    );
    return current;
  }

  /** The id of the live account with this KvK number in the region. */
  async liveEmployerId(regionCode: string, kvkNumber: string): Promise<string | undefined> {
    const [employer]: { id: string }[] = await this.transactions.tx.query(
      'SELECT id FROM employer WHERE region_code = $1 AND kvk_number = $2 AND merged_into_id IS NULL',
      [regionCode, kvkNumber],
    );
    return employer?.id;
  }

  /** An imported account, with the importer as its team's lead; its id. */
  async insertImportedEmployer(
    regionCode: string,
    kvkNumber: string,
    importedBy: string,
    fields: Record<string, unknown>,
  ): Promise<string> {
    const { columns, values } = columnsOf(fields, IMPORTED_EMPLOYER_COLUMNS);
    const [{ id }]: { id: string }[] = await this.transactions.tx.query(
      `INSERT INTO employer (region_code, kvk_number, created_by${columns.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2, $3${values.map((_, i) => `, $${i + 4}`).join('')}) RETURNING id`,
      [regionCode, kvkNumber, importedBy, ...values],
    );
    await this.transactions.tx.query(
      'INSERT INTO employer_team_member (employer_id, user_id, is_lead) VALUES ($1, $2, true)',
      [id, importedBy],
    );
    return id;
  }

  /** The account's oldest contact of this name, locked for an import's row. */
  async lockImportedContact(employerId: string, name: unknown): Promise<StoredRow | undefined> {
    const [current]: StoredRow[] = await this.transactions.tx.query(
      `SELECT id, to_jsonb(c) AS row FROM employer_contact c
        WHERE employer_id = $1 AND lower(name) = lower($2) ORDER BY created_at LIMIT 1 FOR UPDATE`,
      [employerId, name],
    );
    return current;
  }

  async insertImportedContact(employerId: string, fields: Record<string, unknown>): Promise<void> {
    const { columns, values } = columnsOf(fields, IMPORTED_CONTACT_COLUMNS);
    await this.transactions.tx.query(
      `INSERT INTO employer_contact (employer_id, ${columns.join(', ')})
       VALUES ($1, ${values.map((_, i) => `$${i + 2}`).join(', ')})`,
      [employerId, ...values],
    );
  }

  /** Writes the imported fields that differ from the stored account or contact; false when none did. */
  updateImported(
    table: 'employer' | 'employer_contact',
    current: StoredRow,
    fields: Record<string, unknown>,
  ): Promise<boolean> {
    const columns = table === 'employer' ? IMPORTED_EMPLOYER_COLUMNS : IMPORTED_CONTACT_COLUMNS;
    return updateChangedColumns(this.transactions.tx, table, current, fields, columns);
  }

  /** A new account, with its creator as the team's lead (in the current transaction). */
  async createEmployer(fields: Partial<EmployerEntity>, leadUserId: string): Promise<EmployerEntity> {
    const database = this.transactions.tx;
    const employer = await database.save(database.create(EmployerEntity, fields));
    await database.query('INSERT INTO employer_team_member (employer_id, user_id, is_lead) VALUES ($1, $2, true)', [
      employer.id,
      leadUserId,
    ]);
    return employer;
  }

  /** A new contact of an account; its id. */
  async addContact(fields: Partial<EmployerContactEntity>): Promise<string> {
    const database = this.transactions.tx;
    return (await database.save(database.create(EmployerContactEntity, fields))).id;
  }

  /** The change of an account's details when it is still at `version`, in the current transaction. */
  updateEmployer(id: string, version: number, changes: Partial<EmployerEntity>): Promise<EmployerEntity> {
    return versionedUpdate(this.transactions.tx.getRepository(EmployerEntity), 'Employer', id, version, changes);
  }

  /** Locks both accounts of a merge (in id order, so two merges of a pair cannot interleave); true when one is merged. */
  async lockForMerge(keepId: string, mergeId: string): Promise<boolean> {
    const locked: { merged_into_id: string | null }[] = await this.transactions.tx.query(
      'SELECT merged_into_id FROM employer WHERE id = ANY($1) ORDER BY id FOR UPDATE',
      [[keepId, mergeId]],
    );
    return locked.some((row) => row.merged_into_id !== null);
  }

  /**
   * Moves the employer book's records of `mergeId` (contacts, timeline, team) to `keepId`, fills the kept account's
   * empty `fillable` columns from the merged one, and leaves the merged account as a tombstone pointing to it.
   * The kept account's lead stays the lead; the other team members join it. In the current transaction.
   */
  async moveAccount(keepId: string, mergeId: string, fillable: readonly string[], mergedBy: string): Promise<void> {
    const database = this.transactions.tx;
    await database.query('UPDATE employer_contact SET employer_id = $1 WHERE employer_id = $2', [keepId, mergeId]);
    await database.query('UPDATE employer_timeline_entry SET employer_id = $1 WHERE employer_id = $2', [
      keepId,
      mergeId,
    ]);
    await database.query(
      `INSERT INTO employer_team_member (employer_id, user_id, is_lead, added_at)
       SELECT $1, m.user_id,
              m.is_lead AND NOT EXISTS (SELECT 1 FROM employer_team_member k WHERE k.employer_id = $1 AND k.is_lead),
              m.added_at
         FROM employer_team_member m WHERE m.employer_id = $2
       ON CONFLICT (employer_id, user_id) DO NOTHING`,
      [keepId, mergeId],
    );
    await database.query('DELETE FROM employer_team_member WHERE employer_id = $1', [mergeId]);
    await database.query(
      `UPDATE employer k SET ${fillable.map((c) => `${c} = coalesce(k.${c}, m.${c})`).join(', ')},
              sbi_codes = ARRAY(SELECT DISTINCT unnest(k.sbi_codes || m.sbi_codes) ORDER BY 1),
              key_account = k.key_account OR m.key_account,
              version = k.version + 1, updated_at = now()
         FROM employer m WHERE k.id = $1 AND m.id = $2`,
      [keepId, mergeId],
    );
    await database.query(
      `UPDATE employer SET merged_into_id = $1, merged_by = $2, merged_at = now(), version = version + 1, updated_at = now()
        WHERE id = $3`,
      [keepId, mergedBy, mergeId],
    );
  }

  /**
   * Adds a member to an account's team, or makes a member the lead (the former lead stays a member), with the
   * account locked so two lead changes at once cannot both win; in the current transaction.
   */
  async addTeamMember(employerId: string, userId: string, isLead: boolean): Promise<void> {
    const database = this.transactions.tx;
    await database.query('SELECT 1 FROM employer WHERE id = $1 FOR UPDATE', [employerId]);
    if (isLead) {
      await database.query('UPDATE employer_team_member SET is_lead = false WHERE employer_id = $1 AND is_lead', [
        employerId,
      ]);
    }
    await database.query(
      `INSERT INTO employer_team_member (employer_id, user_id, is_lead) VALUES ($1, $2, $3)
       ON CONFLICT (employer_id, user_id) DO UPDATE SET is_lead = employer_team_member.is_lead OR EXCLUDED.is_lead`,
      [employerId, userId, isLead],
    );
  }

  /** Takes a member off an account's team; false when they were not on it. In the current transaction. */
  async removeTeamMember(employerId: string, userId: string): Promise<boolean> {
    // Through a WITH: TypeORM answers a bare DELETE with [rows, count].
    const removed: { user_id: string }[] = await this.transactions.tx.query(
      `WITH removed AS (DELETE FROM employer_team_member WHERE employer_id = $1 AND user_id = $2 RETURNING user_id)
       SELECT user_id FROM removed`,
      [employerId, userId],
    );
    return removed.length > 0;
  }

  /** In the current transaction, if any. */
  employer(id: string): Promise<EmployerEntity | null> {
    return this.transactions.tx.findOneBy(EmployerEntity, { id });
  }

  /**
   * A page of the live accounts of the actor's regions, by legal name; only the list's columns when the client's
   * selection (`fields`) needs no others.
   */
  page(
    actor: Actor,
    filter: EmployerFilter,
    page: PageArgs,
    fields?: ReadonlySet<string>,
  ): Promise<ConnectionShape<EmployerEntity>> {
    const employers = this.dataSource.getRepository(EmployerEntity);
    const query = employers
      .createQueryBuilder('e')
      .where(...inActorRegions(actor, 'e.region_code'))
      .andWhere('e.merged_into_id IS NULL');
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(
        /^[0-9]{8}$/.test(search)
          ? 'e.kvk_number = :search'
          : `(e.name_search LIKE '%' || search_normalize(:search) || '%'
              OR search_normalize(coalesce(e.city, '')) LIKE search_normalize(:search) || '%')`,
        { search: search.replace(/[\\%_]/g, (c) => `\\${c}`) },
      );
    }
    if (filter.municipalityCode)
      query.andWhere('e.municipality_code = :municipality', { municipality: filter.municipalityCode });
    if (filter.sbi) {
      query.andWhere("EXISTS (SELECT 1 FROM unnest(e.sbi_codes) sbi WHERE sbi LIKE :sbi || '%')", { sbi: filter.sbi });
    }
    if (filter.keyAccount !== undefined && filter.keyAccount !== null) {
      query.andWhere('e.key_account = :keyAccount', { keyAccount: filter.keyAccount });
    }
    if (filter.leadUserId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM employer_team_member t WHERE t.employer_id = e.id AND t.user_id = :lead AND t.is_lead)',
        { lead: filter.leadUserId },
      );
    }
    if (filter.sizeClass) query.andWhere('e.size_class = :size', { size: filter.sizeClass });
    if (filter.hasOpenVacancies !== undefined && filter.hasOpenVacancies !== null) {
      query.andWhere(
        `${filter.hasOpenVacancies ? '' : 'NOT '}EXISTS (SELECT 1 FROM vacancy v WHERE v.employer_id = e.id AND v.status = 'OPEN')`,
      );
    }
    if (filter.noContactForDays) {
      query.andWhere(`coalesce(${lastContactOf('e')}, '-infinity') < now() - :days * interval '1 day'`, {
        days: filter.noContactForDays,
      });
    }
    return paginate(
      query,
      page,
      { column: 'legal_name', valueOf: (employer) => employer.legalName },
      employers.metadata,
      fields && { fields, projection: EMPLOYER_LIST },
    );
  }

  /**
   * Adds a note in one statement, only where the account is live and in `regions`, and only before `deadline`
   * (epoch ms) when given; undefined when it added nothing. It returns this note (re-reading the newest could
   * return a colleague's).
   */
  async addNoteIfWritable(
    employerId: string,
    text: string,
    authorId: string,
    regions: readonly string[],
    deadline: number | undefined,
  ): Promise<TimelineEntryEntity | undefined> {
    const [added]: TimelineEntryEntity[] = await this.dataSource.query(ADD_NOTE_IF_WRITABLE, [
      employerId,
      text,
      authorId,
      regions,
      deadline ?? null,
    ]);
    return added;
  }

  /** The records of one of `relations` for an account, read with the request's other relations (loadRelation). */
  relationOf<T>(request: object, relation: Relation<T>, employerId: string): Promise<T[]> {
    return loadRelation(request, this.dataSource, relation, employerId);
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
