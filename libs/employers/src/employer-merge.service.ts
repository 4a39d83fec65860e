import { Injectable } from '@nestjs/common';
import { Actor, DomainError, Transactions } from '@wsp/platform';
import { AccountMerges } from './account-merges';
import { EmployerMergePreview } from './dto/employer.models';
import { EmployerBookRepository } from './employer-book.repository';
import { EmployerEntity } from './entities/employer.entity';
import { EmployerService } from './employer.service';

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
    private readonly transactions: Transactions,
    private readonly book: EmployerBookRepository,
    private readonly merges: AccountMerges,
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
   * Moves contacts, team, timeline and the other libraries' records (vacancies, visits, placements) of `mergeId`
   * to `keepId` in one transaction; the merged account stays as a tombstone pointing to the kept one, recording
   * who merged and when.
   */
  async merge(actor: Actor, keepId: string, mergeId: string): Promise<EmployerEntity> {
    if (keepId === mergeId) throw DomainError.badInput([{ field: 'mergeId', message: 'must differ from keepId' }]);
    const keep = await this.employers.getForUpdate(actor, keepId);
    const merge = await this.employers.getForUpdate(actor, mergeId);
    if (keep.regionCode !== merge.regionCode) {
      throw DomainError.badInput([{ field: 'mergeId', message: 'must be an employer of the same region' }]);
    }
    await this.transactions.withTransaction(async () => {
      // Locked in a fixed order, so two merges of the same pair cannot interleave.
      if (await this.book.lockForMerge(keepId, mergeId)) {
        throw DomainError.conflict('One of these employers was merged meanwhile; reload and try again');
      }
      await this.book.moveAccount(keepId, mergeId, FILLABLE, actor.userId);
      await this.merges.moveRecords(keepId, mergeId);
      await this.book.recordTimeline(
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
