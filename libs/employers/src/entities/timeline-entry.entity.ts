import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TimelineKind =
  'NOTE' | 'CREATED' | 'UPDATED' | 'TEAM_CHANGED' | 'MERGED' | 'VACANCY_CREATED' | 'VACANCY_STATUS' | 'VISIT';

/** One line in an employer's timeline: a note by an account manager, or an event the system records. */
@Entity('employer_timeline_entry')
export class TimelineEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'employer_id' })
  employerId!: string;

  @Column('text')
  kind!: TimelineKind;

  @Column('text')
  text!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;
}
