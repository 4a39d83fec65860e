import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind, Role } from '@wsp/platform';
import { DataSource, EntityManager } from 'typeorm';

interface DemoOrganisation {
  slug: string;
  kind: OrganisationKind;
  name: string;
  regions: string[];
  municipalities: string[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: 'uwv',
    kind: OrganisationKind.UWV,
    name: 'UWV Noord',
    regions: ['GRONINGEN'],
    municipalities: ['GM0014', 'GM1680', 'GM0106', 'GM1730'],
  },
  {
    slug: 'wpda',
    kind: OrganisationKind.MUNICIPALITY,
    name: 'Werkplein Drentsche Aa',
    regions: ['GRONINGEN'],
    municipalities: ['GM1680', 'GM0106', 'GM1730'],
  },
  {
    slug: 'groningen',
    kind: OrganisationKind.MUNICIPALITY,
    name: 'Gemeente Groningen',
    regions: ['GRONINGEN'],
    municipalities: ['GM0014'],
  },
  {
    slug: 'emmen',
    kind: OrganisationKind.MUNICIPALITY,
    name: 'Gemeente Emmen',
    regions: ['DRENTHE'],
    municipalities: ['GM0114'],
  },
];

/** Demo roles and their e-mail prefix: `<prefix>@<org>.demo`. */
export const DEMO_ROLES: { prefix: string; role: Role; label: string }[] = [
  { prefix: 'accountmanager', role: Role.ACCOUNT_MANAGER, label: 'Accountmanager' },
  { prefix: 'jobcoach', role: Role.JOB_COACH, label: 'Werkcoach' },
  { prefix: 'director', role: Role.REGIONAL_DIRECTOR, label: 'Regiodirecteur' },
  { prefix: 'admin', role: Role.ADMIN, label: 'Beheerder' },
];

export function demoEmail(prefix: string, slug: string): string {
  return `${prefix}@${slug}.demo`;
}

/**
 * The demo region (regions and municipalities come from the reference-data migration): Groningen with UWV Noord, Werkplein Drentsche Aa and Gemeente Groningen, and Drenthe
 * with Gemeente Emmen (to show that regions are isolated). Idempotent: running it again changes nothing.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seed(): Promise<{ users: number }> {
    const users = await this.dataSource.transaction(async (manager) => {
      let count = 0;
      for (const organisation of DEMO_ORGANISATIONS) count += await this.seedOrganisation(manager, organisation);
      return count;
    });
    this.logger.log(`Demo data present: ${DEMO_ORGANISATIONS.length} organisations, ${users} users`);
    return { users };
  }

  private async seedOrganisation(manager: EntityManager, organisation: DemoOrganisation): Promise<number> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO organisation (kind, name, slug) VALUES ($1, $2, $3)
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
      [organisation.kind, organisation.name, organisation.slug],
    );
    await manager.query(
      'INSERT INTO organisation_region (organisation_id, region_code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
      [id, organisation.regions],
    );
    await manager.query(
      'INSERT INTO organisation_municipality (organisation_id, municipality_code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
      [id, organisation.municipalities],
    );
    for (const { prefix, role, label } of DEMO_ROLES) {
      const email = demoEmail(prefix, organisation.slug);
      await manager.query(
        `INSERT INTO app_user (subject, display_name, email, organisation_id, roles)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (issuer, subject) DO NOTHING`,
        [`demo|${email}`, `${label} ${organisation.name}`, email, id, [role]],
      );
    }
    return DEMO_ROLES.length;
  }
}
