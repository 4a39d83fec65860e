import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DomainError } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { RegionMembers } from '@wsp/directory';
import { TeamMemberInput } from './dto/employer.inputs';
import { EmployerBookRepository, TeamMemberRow } from './employer-book.repository';
import { EmployerService, recordTimeline } from './employer.service';

/**
 * The account team of an employer: professionals of any partner organisation of the region, one of them
 * the lead ("one face to the employer").
 */
@Injectable()
export class AccountTeamService {
  constructor(
    private readonly employers: EmployerService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: RegionMembers,
    private readonly book: EmployerBookRepository,
  ) {}

  async add(actor: Actor, input: TeamMemberInput): Promise<TeamMemberRow[]> {
    const employer = await this.employers.getForUpdate(actor, input.employerId);
    await this.dataSource.transaction(async (manager) => {
      const member = await this.members.assertServes(
        employer.regionCode,
        input.userId,
        'input.userId',
        undefined,
        manager,
      );
      await this.book.addTeamMember(manager, employer.id, input.userId, input.isLead ?? false);
      const role = input.isLead ? 'als leidend accountmanager' : 'aan het accountteam';
      await recordTimeline(manager, employer.id, actor, 'TEAM_CHANGED', `${member.displayName} toegevoegd ${role}`);
    });
    return this.ofEmployer({}, employer.id);
  }

  async remove(actor: Actor, employerId: string, userId: string): Promise<TeamMemberRow[]> {
    const employer = await this.employers.getForUpdate(actor, employerId);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.book.removeTeamMember(manager, employer.id, userId))) throw DomainError.notFound('Team member');
      await recordTimeline(manager, employer.id, actor, 'TEAM_CHANGED', 'Lid van het accountteam verwijderd');
    });
    return this.ofEmployer({}, employer.id);
  }

  /** The team of an account, lead first, read with the request's other relations of accounts. */
  ofEmployer(request: object, employerId: string): Promise<TeamMemberRow[]> {
    return this.book.relationOf(request, this.book.relations.team, employerId);
  }
}
