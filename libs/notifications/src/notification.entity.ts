import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationDelivery, NotificationKind } from './notification.models';

@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('text')
  message!: string;

  @Column('text', { name: 'entity_type', nullable: true })
  entityType!: string | null;

  @Column('uuid', { name: 'entity_id', nullable: true })
  entityId!: string | null;

  @Column('text', { nullable: true })
  path!: string | null;

  @Column('text')
  delivery!: NotificationDelivery;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;
}
