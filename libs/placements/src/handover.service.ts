import { Injectable } from '@nestjs/common';
import { assertSeesCandidates, CandidateProfileService } from '@wsp/candidates';
import { NotificationKind, NotificationService } from '@wsp/notifications';
import {
  Actor,
  assertNoPii,
  AuditAction,
  AuditEntityType,
  AuditTrail,
  DomainError,
  groupByKeys,
  GuardedText,
  hasRole,
  isUniqueViolation,
  RegionAccess,
  Role,
  Transactions,
} from '@wsp/platform';
import { VacancyService } from '@wsp/vacancies';
import {
  AdvanceProposalInput,
  DeclineInterestInput,
  ExpressInterestInput,
  ProposeCandidateInput,
} from './dto/handover.inputs';
import { Interest, Proposal, ProposalStep } from './dto/handover.models';
import { assertProposalTransition, PROPOSAL_STATUS_DUTCH, ProposalStatus } from './proposal-lifecycle';
import { countersOfStep } from './vacancy-funnel';
import { HandoverRepository, ProfileFacts, ProposalRow } from './handover.repository';
import { PlacementRecordingService } from './placement-recording.service';

/**
 * The warm handover: interest from the employer's side, a proposal only by the owning job coach with the
 * candidate's agreement, each step recorded with who, when and why, and a placement at the end. A person
 * always decides; the platform never learns who the candidate is.
 */
@Injectable()
export class HandoverService {
  constructor(
    private readonly transactions: Transactions,
    private readonly auditTrail: AuditTrail,
    private readonly vacancies: VacancyService,
    private readonly profiles: CandidateProfileService,
    private readonly notifications: NotificationService,
    private readonly lists: HandoverRepository,
    private readonly placements: PlacementRecordingService,
  ) {}

  async expressInterest(actor: Actor, input: ExpressInterestInput): Promise<Interest> {
    assertNoPii({ 'input.note': input.note }, GuardedText.CANDIDATE);
    const vacancy = await this.vacancies.get(actor, input.vacancyId);
    RegionAccess.assertCanWrite(actor, vacancy.regionCode, 'Vacancy');
    if (!(await this.lists.isSuggested(vacancy.id, input.profileId))) throw DomainError.notFound('Suggestion');
    const profile = await this.profileFacts(input.profileId);
    try {
      return await this.transactions.withTransaction(async () => {
        const interest = await this.lists.insertInterest(
          vacancy.id,
          profile.id,
          actor.userId,
          input.note?.trim() || null,
        );
        await this.lists.countInFunnel(vacancy.id, this.ownerOf(profile), ['interest']);
        await this.auditTrail.record(actor, {
          action: AuditAction.INTEREST,
          entityType: AuditEntityType.CANDIDATE_PROFILE,
          entityId: profile.id,
          ownerOrganisationId: profile.owner_organisation_id,
          purpose: 'interesse voor vacature',
        });
        await this.notifyAboutProfile(
          profile,
          profile.coach_id,
          NotificationKind.CANDIDATE_INTEREST,
          `Interesse in kandidaat ${profile.public_code} voor vacature "${vacancy.title}"`,
          '/inbox',
        );
        return interest;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw DomainError.conflict('Interest in this candidate for this vacancy was already expressed', {
        existingId: await this.lists.interestId(vacancy.id, profile.id),
      });
    }
  }

  /** By the owning organisation's job coach, with a reason the account manager sees. */
  async declineInterest(actor: Actor, input: DeclineInterestInput): Promise<Interest> {
    assertNoPii({ 'input.reason': input.reason }, GuardedText.CANDIDATE);
    const interest = await this.lists.interestToDecide(input.interestId);
    if (!interest || interest.ownerOrganisationId !== actor.organisationId || !hasRole(actor, Role.JOB_COACH)) {
      throw DomainError.notFound('Interest');
    }
    if (interest.status !== 'OPEN') {
      throw DomainError.badInput([
        { field: 'input.interestId', message: `the interest is already ${interest.status}` },
      ]);
    }
    return this.transactions.withTransaction(async () => {
      const declined = await this.lists.declineInterest(interest.id, input.reason.trim(), actor.userId);
      await this.notifications.notify({
        userId: interest.expressedBy,
        kind: NotificationKind.INTEREST_DECLINED,
        message: `Kandidaat ${interest.publicCode} wordt niet voorgedragen voor "${interest.title}": ${input.reason.trim()}`,
        // The reason is about the candidate: it stays in the CRM, the mail only says where to read it.
        mailMessage: `Je interesse in kandidaat ${interest.publicCode} voor "${interest.title}" is afgewezen. De reden staat in de CRM.`,
        entityType: AuditEntityType.CANDIDATE_PROFILE,
        entityId: interest.profileId,
        path: `/vacatures/${interest.vacancyId}`,
      });
      return declined;
    });
  }

  /** Only the owning organisation's job coach proposes, and only with the candidate's agreement. */
  async propose(actor: Actor, input: ProposeCandidateInput): Promise<Proposal> {
    assertNoPii({ 'input.motivation': input.motivation }, GuardedText.CANDIDATE);
    const owned = await this.profiles.get(actor, input.profileId); // NOT_FOUND for anyone but the owner
    if (owned.status !== 'ACTIVE') {
      throw DomainError.badInput([
        { field: 'input.profileId', message: 'only a shared (ACTIVE) profile can be proposed' },
      ]);
    }
    const vacancy = await this.vacancies.get(actor, input.vacancyId);
    if (vacancy.status !== 'OPEN') {
      throw DomainError.badInput([{ field: 'input.vacancyId', message: 'the vacancy is not open' }]);
    }
    const profile = await this.profileFacts(owned.id);
    try {
      const id = await this.transactions.withTransaction(async () => {
        const proposal = await this.lists.insertProposal({
          vacancyId: vacancy.id,
          profileId: profile.id,
          ownerOrganisationId: profile.owner_organisation_id,
          pool: profile.pool,
          proposedBy: actor.userId,
          motivation: input.motivation.trim(),
        });
        await this.recordStep(proposal.id, null, ProposalStatus.PROPOSED, actor, 'kandidaat akkoord');
        await this.lists.countInFunnel(
          vacancy.id,
          this.ownerOf(profile),
          countersOfStep(null, ProposalStatus.PROPOSED),
        );
        await this.lists.resolveOpenInterestAsProposed(vacancy.id, profile.id, actor.userId);
        await this.audit(actor, proposal.id, profile, AuditAction.PROPOSE, 'voorgedragen');
        await this.notifyAboutProfile(
          profile,
          vacancy.accountManagerId,
          NotificationKind.CANDIDATE_PROPOSED,
          `Kandidaat ${profile.public_code} is voorgedragen voor vacature "${vacancy.title}"`,
          `/vacatures/${vacancy.id}`,
        );
        return proposal.id;
      });
      return this.getProposal(actor, id);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw DomainError.conflict('This candidate was already proposed for this vacancy');
    }
  }

  async advance(actor: Actor, input: AdvanceProposalInput): Promise<Proposal> {
    assertNoPii({ 'input.reason': input.reason }, GuardedText.CANDIDATE);
    const current = await this.getProposal(actor, input.id);
    const vacancy = await this.vacancies.get(actor, current.vacancyId);
    const isOwnerCoach = current.ownerOrganisationId === actor.organisationId && hasRole(actor, Role.JOB_COACH);
    const isEmployerSide = hasRole(actor, Role.ACCOUNT_MANAGER, Role.ADMIN);
    if (input.status === ProposalStatus.WITHDRAWN ? !isOwnerCoach : !(isOwnerCoach || isEmployerSide)) {
      throw DomainError.forbidden(
        input.status === ProposalStatus.WITHDRAWN
          ? 'Only the owning job coach withdraws a proposal'
          : "Only the owning job coach and the region's account managers move a proposal",
      );
    }
    assertProposalTransition(current.status, input.status);
    if (
      (input.status === ProposalStatus.REJECTED || input.status === ProposalStatus.WITHDRAWN) &&
      !input.reason?.trim()
    ) {
      throw DomainError.badInput([{ field: 'input.reason', message: `a reason is required for ${input.status}` }]);
    }
    if (input.status === ProposalStatus.PLACED && !input.startDate) {
      throw DomainError.badInput([{ field: 'input.startDate', message: 'the start date is required for PLACED' }]);
    }
    await this.transactions.withTransaction(async () => {
      if (!(await this.lists.moveProposal(current.id, input.version, input.status))) {
        throw DomainError.conflict('The proposal was changed by someone else; reload and try again', {
          currentVersion: current.version,
        });
      }
      const profile = await this.profileFacts(current.profileId);
      await this.recordStep(current.id, current.status, input.status, actor, input.reason?.trim() || null);
      await this.audit(actor, current.id, profile, AuditAction.STATUS_CHANGE, `${current.status} -> ${input.status}`);
      const otherSide = isOwnerCoach ? vacancy.accountManagerId : profile.coach_id;
      await this.notifyAboutProfile(
        profile,
        otherSide,
        NotificationKind.PROPOSAL_CHANGED,
        `Voordracht van ${profile.public_code} voor "${vacancy.title}": ${PROPOSAL_STATUS_DUTCH[current.status]}, nu ${PROPOSAL_STATUS_DUTCH[input.status]}`,
        isOwnerCoach ? `/vacatures/${vacancy.id}` : '/voordrachten',
      );
      if (input.status === ProposalStatus.PLACED) {
        await this.placements.record(actor, vacancy, profile, current.id, {
          startDate: input.startDate!,
          hoursPerWeek: input.hoursPerWeek,
        });
      }
      // Last: a placement locks the vacancy row first, as a matching job does before it counts suggestions.
      await this.lists.countInFunnel(vacancy.id, this.ownerOf(profile), countersOfStep(current.status, input.status));
    });
    return this.getProposal(actor, current.id);
  }

  /** A proposal, for the partners of the vacancy's region (directors see figures, not candidates). */
  async getProposal(actor: Actor, id: string): Promise<Proposal> {
    const row = await this.lists.proposal(id);
    if (!row) throw DomainError.notFound('Proposal');
    await this.vacancies.get(actor, row.vacancyId); // NOT_FOUND outside the region
    assertSeesCandidates(actor);
    const [steps] = await this.stepsOf([row.id]);
    return { ...row, steps };
  }

  async forVacancy(actor: Actor, vacancyId: string): Promise<Proposal[]> {
    assertSeesCandidates(actor);
    await this.vacancies.get(actor, vacancyId);
    return this.withSteps(await this.lists.proposalsForVacancy(vacancyId));
  }

  /**
   * A job coach's inbox: open interest in their organisation's profiles (the coach decides: propose or decline),
   * oldest first, so nothing waits longest.
   */
  async inbox(actor: Actor): Promise<Interest[]> {
    if (!hasRole(actor, Role.JOB_COACH)) throw DomainError.forbidden('The inbox is for job coaches');
    return this.lists.openInterestsForOrganisation(actor.organisationId);
  }

  /**
   * Proposals of the actor's organisation's profiles: every open one, and those that ended in the last `days`
   * days, newest change first: the coaches' board.
   */
  async forOrganisation(actor: Actor, days: number): Promise<Proposal[]> {
    if (!hasRole(actor, Role.JOB_COACH, Role.ADMIN)) {
      throw DomainError.forbidden("The proposals board is for the organisation's job coaches");
    }
    if (!Number.isInteger(days) || days < 1 || days > 366) {
      throw DomainError.badInput([{ field: 'endedWithinDays', message: 'must be 1 to 366' }]);
    }
    return this.withSteps(await this.lists.proposalsOfOrganisation(actor.organisationId, days));
  }

  /** Interest shown in candidates for the vacancy, for its pipeline: the employer side of the region reads it. */
  async interestsForVacancy(actor: Actor, vacancyId: string): Promise<Interest[]> {
    assertSeesCandidates(actor);
    await this.vacancies.get(actor, vacancyId);
    return this.lists.interestsForVacancy(vacancyId);
  }

  async forProfile(actor: Actor, profileId: string): Promise<Proposal[]> {
    await this.profiles.get(actor, profileId);
    return this.withSteps(await this.lists.proposalsForProfile(profileId));
  }

  async interestsForProfile(actor: Actor, profileId: string): Promise<Interest[]> {
    await this.profiles.get(actor, profileId);
    return this.lists.interestsForProfile(profileId);
  }

  private ownerOf(profile: ProfileFacts): { organisationId: string; pool: string } {
    return { organisationId: profile.owner_organisation_id, pool: profile.pool };
  }

  private async profileFacts(profileId: string): Promise<ProfileFacts> {
    const profile = await this.lists.profileFacts(profileId);
    if (!profile) throw DomainError.notFound('Candidate profile');
    return profile;
  }

  private recordStep(
    proposalId: string,
    from: ProposalStatus | null,
    to: ProposalStatus,
    actor: Actor,
    reason: string | null,
  ): Promise<unknown> {
    return this.lists.recordStep(proposalId, from, to, actor.userId, reason);
  }

  private audit(
    actor: Actor,
    proposalId: string,
    profile: ProfileFacts,
    action: AuditAction,
    purpose: string,
  ): Promise<void> {
    return this.auditTrail.record(actor, {
      action,
      entityType: AuditEntityType.PROPOSAL,
      entityId: proposalId,
      ownerOrganisationId: profile.owner_organisation_id,
      purpose,
    });
  }

  /** Notifications about a candidate carry the profile's id, so withdrawing the profile removes them. */
  private notifyAboutProfile(
    profile: ProfileFacts,
    userId: string,
    kind: NotificationKind,
    message: string,
    path: string,
  ): Promise<boolean> {
    return this.notifications.notify({
      userId,
      kind,
      message,
      entityType: AuditEntityType.CANDIDATE_PROFILE,
      entityId: profile.id,
      path,
    });
  }

  private async withSteps(rows: ProposalRow[]): Promise<Proposal[]> {
    const steps = await this.stepsOf(rows.map((row) => row.id));
    return rows.map((row, index) => ({ ...row, steps: steps[index] }));
  }

  private async stepsOf(proposalIds: string[]): Promise<ProposalStep[][]> {
    const rows = await this.lists.stepsOf(proposalIds);
    return groupByKeys(proposalIds, rows, (row) => row.proposalId);
  }
}
