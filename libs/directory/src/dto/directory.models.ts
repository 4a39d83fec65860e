import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, OrganisationKind, Role } from '@wsp/platform';

registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    ACCOUNT_MANAGER: { description: 'Accountmanager: keeps employer accounts and vacancies, visits employers.' },
    JOB_COACH: { description: 'Werkcoach / adviseur werk: owns anonymised candidate profiles.' },
    REGIONAL_DIRECTOR: { description: 'Regiodirecteur: follows aggregated results of the region.' },
    ADMIN: { description: 'Manages the users of their own organisation.' },
  },
});
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

@ObjectType({ description: 'Arbeidsmarktregio: one of the 35 labour market regions.' })
export class Region {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'Gemeente, by its CBS code.' })
export class Municipality {
  @Field({ description: 'CBS code, e.g. GM0106.' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  regionCode!: string;

  @Field(() => Float, { description: 'Latitude of the centroid (WGS84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the centroid (WGS84).' })
  longitude!: number;
}

@ObjectType({ description: 'A partner organisation of the Werkgeversservicepunt: UWV or a municipality / Werkplein.' })
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field()
  name!: string;

  @Field()
  slug!: string;
}

@ObjectType({ description: 'A professional using wsp-crm. Never a job seeker.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'Work e-mail address.' })
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  active!: boolean;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => Int, { description: 'Pass back on update; a stale version is refused with CONFLICT.' })
  version!: number;
}

export const UserConnection = Connection(User);

@ObjectType({ description: 'An identity provider the API trusts (never its keys or clients).' })
export class IdentityProviderInfo {
  @Field({ description: 'What people know it by.' })
  name!: string;

  @Field({ description: 'Its issuer URL, as users record it.' })
  issuer!: string;
}
