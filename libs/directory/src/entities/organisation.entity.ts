import { OrganisationKind, VersionedEntity } from '@wsp/platform';
import { Column, Entity } from 'typeorm';

@Entity('organisation')
export class OrganisationEntity extends VersionedEntity {
  @Column('text')
  kind!: OrganisationKind;

  @Column('text')
  name!: string;

  /** Short stable handle, e.g. `uwv` or `wpda`; used in demo e-mail addresses and logs. */
  @Column('text')
  slug!: string;
}
