import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something a person should know about, shown under the bell and, per their choice, mailed. */
@Entity({ name: 'notification' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** the notice's key in the catalogue (texts/notices.ts), so each reader reads it in their language; null on old rows */
  @Column({ name: 'message_key', type: 'text', nullable: true })
  messageKey!: string | null;

  /** the values put into the notice, as JSON */
  @Column({ name: 'message_params', type: 'jsonb', nullable: true })
  messageParams!: Record<string, unknown> | null;

  /** path inside the web client, e.g. /offers/… */
  @Column({ type: 'text' })
  link!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true })
  mailedAt!: Date | null;
}
