import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  APP_CONFIG,
  AppConfig,
  AuditAction,
  AuditEntityType,
  ConnectionShape,
  DomainError,
  IdempotencyKeys,
  IdentityProvider,
  issuerForUser,
  providersFor,
  isUniqueViolation,
  PageArgs,
  AuditTrail,
  Transactions,
} from '@wsp/platform';
import { In, IsNull, Repository } from 'typeorm';
import { ActorDirectoryService } from './actor-directory.service';
import { AddUserInput, ChangeUserRolesInput, SetUserActiveInput, UpdateUserInput } from './dto/user.inputs';
import { UserEntity } from './entities/user.entity';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationService } from './organisation.service';
import { UserPolicy } from './user.policy';

/** How the audit trail names a corrected field (never its value). */
const USER_FIELD_NAMES = {
  issuer: 'identiteitsprovider',
  subject: 'subject',
  displayName: 'naam',
  email: 'e-mail',
} as const;

/** The operation an idempotency key of this create is recorded under. */
const ADD_USER = 'addUser';

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly organisations: OrganisationService,
    private readonly actors: ActorDirectoryService,
    private readonly idempotency: IdempotencyKeys,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: OrganisationRepository,
  ) {}

  async me(actor: Actor): Promise<UserEntity> {
    return this.users.findOneByOrFail({ id: actor.userId });
  }

  /** Colleagues at partner organisations are visible (account teams, visits); other regions read as unknown. */
  async list(
    actor: Actor,
    organisationId: string,
    page: PageArgs,
    filter: { active?: boolean } = {},
  ): Promise<ConnectionShape<UserEntity>> {
    if (!(await this.organisations.isPartnerOf(actor, organisationId))) throw DomainError.notFound('Organisation');
    return this.directory.people(organisationId, page, filter.active);
  }

  /** For loaders: users by id, in any order. */
  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findBy({ id: In([...ids]) });
  }

  /** A retry with the same `idempotencyKey` returns the user the first request added, and adds none. */
  async add(actor: Actor, input: AddUserInput, idempotencyKey?: string): Promise<UserEntity> {
    const organisationId = input.organisationId ?? actor.organisationId;
    if (organisationId !== actor.organisationId && !(await this.organisations.isPartnerOf(actor, organisationId))) {
      throw DomainError.notFound('Organisation');
    }
    UserPolicy.assertCanManageUsersOf(actor, organisationId);
    const issuer = await this.issuerFor(organisationId, input.issuer);
    try {
      return await this.idempotency.createOnce(
        actor,
        idempotencyKey,
        ADD_USER,
        () =>
          this.directory.addUser({
            subject: input.subject.trim(),
            issuer,
            displayName: input.displayName.trim(),
            email: input.email.trim().toLowerCase(),
            roles: input.roles,
            organisationId,
            active: true,
          }),
        (id) => this.users.findOneByOrFail({ id }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.alreadyThere(error, { ...input, issuer });
      throw error;
    }
  }

  /** The identity providers that may sign in people of an organisation the actor may see. */
  async identityProvidersOf(actor: Actor, organisationId: string): Promise<readonly IdentityProvider[]> {
    if (!(await this.organisations.isPartnerOf(actor, organisationId))) throw DomainError.notFound('Organisation');
    return providersFor(this.config.auth.providers, await this.slugOf(organisationId));
  }

  /** The issuer to record (see `issuerForUser`); BAD_USER_INPUT on input.issuer when there is none. */
  private async issuerFor(organisationId: string, requested: string | undefined): Promise<string> {
    const chosen = issuerForUser(this.config.auth.providers, await this.slugOf(organisationId), requested);
    if ('problem' in chosen) {
      throw DomainError.badInput([{ field: 'input.issuer', message: chosen.problem }]);
    }
    return chosen.issuer;
  }

  private async slugOf(organisationId: string): Promise<string> {
    const [organisation] = await this.organisations.findByIds([organisationId]);
    if (!organisation) throw DomainError.notFound('Organisation');
    return organisation.slug;
  }

  /**
   * Corrects a user's sign-in subject, name or e-mail (an administrator of their organisation); audited with the
   * fields changed, never their values.
   */
  async update(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    const user = await this.findManageable(actor, input.userId);
    const changes: Partial<UserEntity> = {};
    if (input.issuer !== undefined) {
      const issuer = await this.issuerFor(user.organisationId, input.issuer);
      if (issuer !== user.issuer) changes.issuer = issuer;
    }
    if (input.subject !== undefined && input.subject.trim() !== user.subject) changes.subject = input.subject.trim();
    if (input.displayName !== undefined && input.displayName.trim() !== user.displayName) {
      changes.displayName = input.displayName.trim();
    }
    if (input.email !== undefined && input.email.trim().toLowerCase() !== user.email) {
      changes.email = input.email.trim().toLowerCase();
    }
    try {
      const updated = await this.transactions.withTransaction(async () => {
        const saved = await this.directory.updateUser(user.id, input.version, changes);
        const fields = Object.keys(changes).map((field) => USER_FIELD_NAMES[field as keyof typeof USER_FIELD_NAMES]);
        if (fields.length > 0) {
          await this.audit.record(actor, {
            action: AuditAction.UPDATE,
            entityType: AuditEntityType.USER,
            entityId: user.id,
            ownerOrganisationId: user.organisationId,
            purpose: `gebruiker gecorrigeerd: ${fields.join(', ')}`,
          });
        }
        return saved;
      });
      // The old subject signs in no more; the new one is read afresh.
      this.actors.forget(user.subject);
      return updated;
    } catch (error) {
      if (isUniqueViolation(error))
        throw await this.alreadyThere(error, {
          email: changes.email,
          subject: changes.subject ?? user.subject,
          issuer: changes.issuer ?? user.issuer,
        });
      throw error;
    }
  }

  /**
   * CONFLICT naming the user who already has this e-mail or subject, with their id; a deactivated one is to be
   * reactivated, not added again.
   */
  private async alreadyThere(
    error: unknown,
    wanted: { email?: string; subject?: string; issuer?: string | null },
  ): Promise<DomainError> {
    const field = isUniqueViolation(error, 'app_user_email_key') ? 'email' : 'subject';
    const existing = await this.users.findOneBy(
      field === 'email'
        ? { email: wanted.email?.trim().toLowerCase() }
        : { subject: wanted.subject?.trim(), issuer: wanted.issuer ?? IsNull() },
    );
    if (existing && !existing.active) {
      return DomainError.conflict(
        `A deactivated user has this ${field}: reactivate them (reactivateUser) instead of adding them again`,
        {
          existingId: existing.id,
          existingActive: false,
          fields: [{ field: `input.${field}`, message: 'belongs to a deactivated user' }],
        },
      );
    }
    return DomainError.conflict(`A user with this ${field} already exists`, {
      ...(existing ? { existingId: existing.id, existingActive: true } : {}),
      fields: [{ field: `input.${field}`, message: 'already in use' }],
    });
  }

  async changeRoles(actor: Actor, input: ChangeUserRolesInput): Promise<UserEntity> {
    const user = await this.findManageable(actor, input.userId);
    UserPolicy.assertNotSelfLockout(actor, user.id, { roles: input.roles });
    const updated = await this.directory.updateUser(user.id, input.version, { roles: input.roles });
    this.actors.forget(user.subject);
    return updated;
  }

  async setActive(actor: Actor, input: SetUserActiveInput, active: boolean): Promise<UserEntity> {
    const user = await this.findManageable(actor, input.userId);
    UserPolicy.assertNotSelfLockout(actor, user.id, { active });
    const updated = await this.directory.updateUser(user.id, input.version, { active });
    this.actors.forget(user.subject);
    return updated;
  }

  /** A user outside the actor's partner organisations reads as unknown; a partner's user is forbidden. */
  private async findManageable(actor: Actor, userId: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user || !(await this.organisations.isPartnerOf(actor, user.organisationId)))
      throw DomainError.notFound('User');
    UserPolicy.assertCanManageUsersOf(actor, user.organisationId);
    return user;
  }
}
