import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Npo } from '@tsunagu/npo/api';
import { NpoContact } from '../contacts/npo-contact.model';

export enum IntroductionRequestStatus {
  /** 市の担当者がNPOにお伝えします */
  WAITING = 'WAITING',
  /** お伝えしました */
  FORWARDED = 'FORWARDED',
  /** 返事がありました (the NPO offered, or answered staff) */
  ANSWERED = 'ANSWERED',
  /** 返事がありません (closed after the second deadline) */
  NO_REPLY = 'NO_REPLY',
  /** closed for another reason (the NPO declined, the need closed) */
  CLOSED = 'CLOSED',
}
registerEnumType(IntroductionRequestStatus, { name: 'IntroductionRequestStatus' });

export enum IntroductionRoute {
  /** the NPO has members here: they were told at once */
  MEMBERS = 'MEMBERS',
  /** the NPO has no account: the city's staff pass the request on */
  CITY = 'CITY',
}
registerEnumType(IntroductionRoute, { name: 'IntroductionRoute' });

export enum ForwardedHow {
  MEMBERS = 'MEMBERS',
  LETTER = 'LETTER',
  MAIL = 'MAIL',
  PHONE = 'PHONE',
}
registerEnumType(ForwardedHow, { name: 'ForwardedHow' });

export enum IntroductionCloseReason {
  NO_REPLY = 'NO_REPLY',
  DECLINED = 'DECLINED',
  NEED_CLOSED = 'NEED_CLOSED',
}
registerEnumType(IntroductionCloseReason, { name: 'IntroductionCloseReason' });

/** A group's request for one NPO on one need. Never carries the officer's contacts. */
@ObjectType()
export class IntroductionRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID) needId!: string;
  @Field() needTitle!: string;
  @Field() needWard!: string;
  @Field(() => ID) npoId!: string;
  @Field() npoName!: string;
  @Field(() => ID) groupId!: string;
  @Field() groupName!: string;
  @Field() groupWard!: string;
  @Field(() => IntroductionRoute) route!: IntroductionRoute;
  @Field(() => IntroductionRequestStatus) status!: IntroductionRequestStatus;
  @Field({ description: 'the status in plain words, in the caller’s language' })
  statusLabel!: string;
  @Field({ description: 'what happens next, in plain words, in the caller’s language' })
  nextStep!: string;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) forwardedAt!: Date | null;
  @Field(() => ForwardedHow, { nullable: true }) forwardedHow!: ForwardedHow | null;
  @Field(() => Date, { nullable: true }) remindedAt!: Date | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => IntroductionCloseReason, { nullable: true }) closeReason!: IntroductionCloseReason | null;
  @Field(() => String, { nullable: true }) closeNote!: string | null;
  @Field(() => ID, { nullable: true, description: 'the NPO’s offer on the need, once it answered by offering' })
  offerId!: string | null;
}

/** Staff's queue: one NPO and every group that waits for it, oldest first. */
@ObjectType()
export class IntroductionQueueItem {
  @Field(() => Npo) npo!: Npo;
  @Field() hasMembers!: boolean;
  @Field() oldestRequestedAt!: Date;
  @Field(() => Int) waitingDays!: number;
  @Field({ description: 'a request of this NPO passed the reminder deadline with no answer' })
  reminderDue!: boolean;
  @Field(() => [IntroductionRequest]) requests!: IntroductionRequest[];
  @Field(() => NpoContact, { nullable: true, description: 'the latest contact staff hold (staff only)' })
  contact!: NpoContact | null;
  @Field(() => Int) lettersPrinted!: number;
  @Field(() => Date, { nullable: true }) lastLetterAt!: Date | null;
}
