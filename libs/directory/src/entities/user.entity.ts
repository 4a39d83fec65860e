import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Role } from '@wsp/platform';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The `sub` claim of the identity provider's tokens. */
  @Column('text')
  subject!: string;

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

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
