import { Injectable } from '@nestjs/common';
import { Actor, DomainError, Transactions } from '@wsp/platform';
import { RegionMembers } from '@wsp/directory';
import { TeamMemberInput } from './dto/employer.inputs';
import { EmployerBookRepository, TeamMemberRow } from './employer-book.repository';
import { EmployerService } from './employer.service';

/**
 * The account team of an employer: professionals of any partner organisation of the region, one of them
 * the lead ("one face to the employer").
 */
@Injectable()
export class AccountTeamService {
  constructor(
    private readonly employers: EmployerService,
    private readonly transactions: Transactions,
    private readonly members: RegionMembers,
    private readonly book: EmployerBookRepository,
  ) {}

  async add(actor: Actor, input: TeamMemberInput): Promise<TeamMemberRow[]> {
    const employer = await this.employers.getForUpdate(actor, input.employerId);
    await this.transactions.withTransaction(async () => {
      const member = await this.members.assertServes(employer.regionCode, input.userId, 'input.userId');
      await this.book.addTeamMember(employer.id, input.userId, input.isLead ?? false);
      const role = input.isLead ? 'als leidend accountmanager' : 'aan het accountteam';
      await this.book.recordTimeline(employer.id, actor, 'TEAM_CHANGED', `${member.displayName} toegevoegd ${role}`);
    });
    return this.ofEmployer({}, employer.id);
  }

  async remove(actor: Actor, employerId: string, userId: string): Promise<TeamMemberRow[]> {
    const employer = await this.employers.getForUpdate(actor, employerId);
    await this.transactions.withTransaction(async () => {
      if (!(await this.book.removeTeamMember(employer.id, userId))) throw DomainError.notFound('Team member');
      await this.book.recordTimeline(employer.id, actor, 'TEAM_CHANGED', 'Lid van het accountteam verwijderd');
    });
    return this.ofEmployer({}, employer.id);
  }

  /** The team of an account, lead first, read with the request's other relations of accounts. */
  ofEmployer(request: object, employerId: string): Promise<TeamMemberRow[]> {
    return this.book.relationOf(request, this.book.relations.team, employerId);
  }
}
