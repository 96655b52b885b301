import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type IntroductionRouteValue = 'MEMBERS' | 'CITY';
export type IntroductionStatusValue = 'WAITING' | 'FORWARDED' | 'ANSWERED' | 'NO_REPLY' | 'CLOSED';
export type ForwardedHowValue = 'MEMBERS' | 'LETTER' | 'MAIL' | 'PHONE';
export type CloseReasonValue = 'NO_REPLY' | 'DECLINED' | 'NEED_CLOSED';

/**
 * A group asked for this NPO on this need. With members the NPO is told at once (route
 * MEMBERS); without, the city's staff pass it on by letter, mail or phone (route CITY).
 */
@Entity({ name: 'introduction_request' })
export class IntroductionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @Column({ name: 'npo_id', type: 'uuid' })
  npoId!: string;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ type: 'text' })
  route!: IntroductionRouteValue;

  @Column({ type: 'text', default: 'WAITING' })
  status!: IntroductionStatusValue;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'forwarded_at', type: 'timestamptz', nullable: true })
  forwardedAt!: Date | null;

  @Column({ name: 'forwarded_by', type: 'uuid', nullable: true })
  forwardedBy!: string | null;

  @Column({ name: 'forwarded_how', type: 'text', nullable: true })
  forwardedHow!: ForwardedHowValue | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason!: CloseReasonValue | null;

  @Column({ name: 'close_note', type: 'text', nullable: true })
  closeNote!: string | null;
}
