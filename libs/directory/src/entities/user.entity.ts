import { Role, VersionedEntity } from '@wsp/platform';
import { Column, Entity } from 'typeorm';

@Entity('app_user')
export class UserEntity extends VersionedEntity {
  /** The `sub` claim of the identity provider's tokens. */
  @Column('text')
  subject!: string;

  /** The identity provider the subject belongs to; null for users recorded before issuers were (see migration 26). */
  @Column('text', { nullable: true })
  issuer!: string | null;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** Work e-mail of a professional; never a job seeker's. */
  @Column('text')
  email!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('boolean')
  active!: boolean;
}
