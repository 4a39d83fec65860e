import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { EmployerMergePreview } from './dto/employer.models';
import { EmployerBookRepository } from './employer-book.repository';
import { EmployerEntity } from './entities/employer.entity';
import { EmployerService, recordTimeline } from './employer.service';

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
    private readonly book: EmployerBookRepository,
  ) {}

  /** Live accounts of the same region (and municipality, when known) with a similar name, most alike first. */
  async possibleDuplicates(actor: Actor, employerId: string): Promise<EmployerEntity[]> {
    const employer = await this.employers.get(actor, employerId);
    const ids = await this.book.similarAccountIds(employer.id, MAX_DUPLICATES);
    const found = await this.employers.findByIds(ids);
    return ids.map((id) => found.find((e) => e.id === id)!);
  }

  /** For a loader: whether each account has a possible duplicate (the same rule as `possibleDuplicates`). */
  duplicateFlags(ids: readonly string[]): Promise<boolean[]> {
    return this.book.duplicateFlags(ids);
  }

  /** What a merge of `mergeId` into `keepId` would move and fill in, read as the merge would do it. */
  async preview(actor: Actor, keepId: string, mergeId: string): Promise<EmployerMergePreview> {
    if (keepId === mergeId) throw DomainError.badInput([{ field: 'mergeId', message: 'must differ from keepId' }]);
    const keep = await this.employers.get(actor, keepId);
    const merge = await this.employers.get(actor, mergeId);
    if (keep.regionCode !== merge.regionCode) {
      throw DomainError.badInput([{ field: 'mergeId', message: 'must be an employer of the same region' }]);
    }
    const { filledColumns, ...counts } = await this.book.mergePreview(keepId, mergeId, FILLABLE);
    return { ...counts, filledFields: filledColumns.map(camelCase) };
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
