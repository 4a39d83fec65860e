import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  ConnectionShape,
  DomainError,
  IdempotencyKeys,
  isUniqueViolation,
  PageArgs,
  paginate,
  versionedUpdate,
} from '@wsp/platform';
import { Repository } from 'typeorm';
import { ActorDirectoryService } from './actor-directory.service';
import { AddUserInput, ChangeUserRolesInput, SetUserActiveInput } from './dto/user.inputs';
import { UserEntity } from './entities/user.entity';
import { OrganisationService } from './organisation.service';
import { UserPolicy } from './user.policy';

/** The operation an idempotency key of this create is recorded under. */
const ADD_USER = 'addUser';

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly organisations: OrganisationService,
    private readonly actors: ActorDirectoryService,
    private readonly idempotency: IdempotencyKeys,
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
    const query = this.users.createQueryBuilder('u').where('u.organisation_id = :organisationId', { organisationId });
    if (filter.active !== undefined) query.andWhere('u.active = :active', { active: filter.active });
    return paginate(query, page, { column: 'display_name', valueOf: (user) => user.displayName });
  }

  /** For loaders: users by id, in any order. */
  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany();
  }

  /** A retry with the same `idempotencyKey` returns the user the first request added, and adds none. */
  async add(actor: Actor, input: AddUserInput, idempotencyKey?: string): Promise<UserEntity> {
    const organisationId = input.organisationId ?? actor.organisationId;
    if (organisationId !== actor.organisationId && !(await this.organisations.isPartnerOf(actor, organisationId))) {
      throw DomainError.notFound('Organisation');
    }
    UserPolicy.assertCanManageUsersOf(actor, organisationId);
    try {
      return await this.idempotency.createOnce(
        actor,
        idempotencyKey,
        ADD_USER,
        async (manager) => {
          const user = manager.create(UserEntity, {
            subject: input.subject.trim(),
            displayName: input.displayName.trim(),
            email: input.email.trim().toLowerCase(),
            roles: input.roles,
            organisationId,
            active: true,
          });
          return (await manager.save(user)).id;
        },
        (id) => this.users.findOneByOrFail({ id }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        const field = isUniqueViolation(error, 'app_user_email_key') ? 'email' : 'subject';
        throw DomainError.conflict(`A user with this ${field} already exists`, {
          fields: [{ field: `input.${field}`, message: 'already in use' }],
        });
      }
      throw error;
    }
  }

  async changeRoles(actor: Actor, input: ChangeUserRolesInput): Promise<UserEntity> {
    const user = await this.findManageable(actor, input.userId);
    UserPolicy.assertNotSelfLockout(actor, user.id, { roles: input.roles });
    const updated = await versionedUpdate(this.users, 'User', user.id, input.version, { roles: input.roles });
    this.actors.forget(user.subject);
    return updated;
  }

  async setActive(actor: Actor, input: SetUserActiveInput, active: boolean): Promise<UserEntity> {
    const user = await this.findManageable(actor, input.userId);
    UserPolicy.assertNotSelfLockout(actor, user.id, { active });
    const updated = await versionedUpdate(this.users, 'User', user.id, input.version, { active });
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
