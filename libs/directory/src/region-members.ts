import { Injectable } from '@nestjs/common';
import { DomainError, Role } from '@wsp/platform';
import { OrganisationRepository } from './organisation.repository';

/** An active user of a partner organisation of a region. */
export interface RegionMember {
  id: string;
  organisationId: string;
  roles: Role[];
  displayName: string;
}

/**
 * The one answer to "does this user serve this region": an active user of an organisation that serves it. Account
 * teams, a vacancy's account manager, visit participants and a profile's coach all ask here, for any number of
 * users in one statement, in the current transaction if any.
 */
@Injectable()
export class RegionMembers {
  constructor(private readonly organisations: OrganisationRepository) {}

  /** Of `userIds`, those serving the region, by id. */
  async serving(regionCode: string, userIds: readonly string[]): Promise<Map<string, RegionMember>> {
    const rows = await this.organisations.servingRegion(regionCode, userIds);
    return new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, organisationId: row.organisation_id, roles: row.roles, displayName: row.display_name },
      ]),
    );
  }

  /**
   * The member, or BAD_USER_INPUT on `field`: not an active user of a partner organisation of the region, or (when
   * `rule` is given) not one it accepts, with its `message`.
   */
  async assertServes(
    regionCode: string,
    userId: string,
    field: string,
    rule?: { accepts(member: RegionMember): boolean; message: string },
  ): Promise<RegionMember> {
    const member = (await this.serving(regionCode, [userId])).get(userId);
    if (!member || (rule && !rule.accepts(member))) {
      throw DomainError.badInput([
        { field, message: rule?.message ?? 'must be an active user of a partner organisation of the region' },
      ]);
    }
    return member;
  }
}
