import { Injectable } from '@nestjs/common';
import { batchLoader, RequestLoaders } from '@wsp/platform';
import DataLoader from 'dataloader';
import { EmployerBookRepository } from './employer-book.repository';
import { EmployerMergeService } from './employer-merge.service';

/** What the employer book's list shows of each account beside its columns, read for a page at once. */
export interface EmployerRequestLoaders {
  lastContactAt: DataLoader<string, Date | null>;
  hasPossibleDuplicates: DataLoader<string, boolean>;
}

@Injectable()
export class EmployerLoaders extends RequestLoaders<EmployerRequestLoaders> {
  constructor(
    private readonly book: EmployerBookRepository,
    private readonly merges: EmployerMergeService,
  ) {
    super();
  }

  protected create(): EmployerRequestLoaders {
    return {
      lastContactAt: batchLoader((ids: readonly string[]) => this.book.lastContacts(ids)),
      hasPossibleDuplicates: batchLoader((ids: readonly string[]) => this.merges.duplicateFlags(ids)),
    };
  }
}
