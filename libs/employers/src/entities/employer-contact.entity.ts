import { VersionedEntity } from '@wsp/platform';
import { Column, Entity } from 'typeorm';

/** A business contact at the employer (employer staff, never a job seeker). */
@Entity('employer_contact')
export class EmployerContactEntity extends VersionedEntity {
  @Column('uuid', { name: 'employer_id' })
  employerId!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  role!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;
}
