import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, Role } from '@wsp/platform';
import { DataSource, EntityManager } from 'typeorm';

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
 * users in one statement, in the caller's transaction when given.
 */
@Injectable()
export class RegionMembers {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Of `userIds`, those serving the region, by id. */
  async serving(
    regionCode: string,
    userIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, RegionMember>> {
    const rows: { id: string; organisation_id: string; roles: Role[]; display_name: string }[] = await manager.query(
      `SELECT u.id, u.organisation_id, u.roles, u.display_name FROM app_user u
         JOIN organisation_region r ON r.organisation_id = u.organisation_id AND r.region_code = $2
        WHERE u.id = ANY($1) AND u.active`,
      [userIds, regionCode],
    );
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
    manager?: EntityManager,
  ): Promise<RegionMember> {
    const member = (await this.serving(regionCode, [userId], manager)).get(userId);
    if (!member || (rule && !rule.accepts(member))) {
      throw DomainError.badInput([
        { field, message: rule?.message ?? 'must be an active user of a partner organisation of the region' },
      ]);
    }
    return member;
  }
}
