import { Injectable } from '@nestjs/common';

/** What another library does when two accounts merge: move its records of `mergeId` to `keepId`. */
export type MoveAccountRecords = (keepId: string, mergeId: string) => Promise<void>;

/**
 * The libraries that keep records of an account (vacancies, visits, placements) depend on employers, not employers
 * on them: each registers here how it moves its records, and a merge asks them all inside its own transaction, so
 * every library writes only its own tables and the merge still commits or rolls back as one.
 */
@Injectable()
export class AccountMerges {
  private readonly movers = new Map<string, MoveAccountRecords>();

  /** `library` names the mover, so registering twice (a module initialised again) replaces it. */
  register(library: string, move: MoveAccountRecords): void {
    this.movers.set(library, move);
  }

  /** Runs in the caller's transaction: every mover's statements join it. */
  async moveRecords(keepId: string, mergeId: string): Promise<void> {
    for (const move of this.movers.values()) await move(keepId, mergeId);
  }

  registered(): string[] {
    return [...this.movers.keys()].sort();
  }
}
