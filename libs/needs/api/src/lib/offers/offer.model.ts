import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProxyEntry } from '@tsunagu/accounts/api';
import { Npo } from '@tsunagu/npo/api';

export enum OfferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: '返事待ち / お願いした / 見送った / 取り下げ / お返事がないまま終わり (see closeReason)',
});

export enum OfferCloseReason {
  NO_REPLY = 'NO_REPLY',
  NEED_CLOSED = 'NEED_CLOSED',
}
registerEnumType(OfferCloseReason, {
  name: 'OfferCloseReason',
  description: 'why an offer is EXPIRED: the group did not answer by the deadline / the group ended the need first',
});

export enum OfferSide {
  GROUP = 'GROUP',
  NPO = 'NPO',
  STAFF = 'STAFF',
}
registerEnumType(OfferSide, { name: 'OfferSide' });

@ObjectType()
export class OfferMessage {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => OfferSide)
  senderSide!: OfferSide;

  @Field()
  senderName!: string;

  @Field({ description: 'written by the caller' })
  mine!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => ProxyEntry, {
    nullable: true,
    description: 'written for the group by its 市民センター or a delegate, or taken down from a phone call',
  })
  enteredByProxy!: ProxyEntry | null;
}

@ObjectType()
export class ContactPerson {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType({
  description:
    "Both sides' contact details: only on an accepted offer, for its two parties and staff (the privacy rule)",
})
export class OfferContacts {
  @Field()
  groupName!: string;

  @Field(() => String, { nullable: true })
  groupRepresentative!: string | null;

  @Field(() => String, { nullable: true })
  groupPhone!: string | null;

  @Field(() => String, { nullable: true })
  groupEmail!: string | null;

  @Field(() => [ContactPerson], { description: 'the NPO members who look after its profile' })
  npoPeople!: ContactPerson[];

  @Field(() => String, { nullable: true, description: "the NPO's own contact note for groups" })
  npoContact!: string | null;
}

@ObjectType()
export class Offer {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  needId!: string;

  @Field()
  needTitle!: string;

  @Field()
  groupName!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => Npo)
  npo!: Npo;

  @Field()
  message!: string;

  @Field(() => OfferStatus)
  status!: OfferStatus;

  @Field(() => OfferSide, { description: 'which side the caller is on' })
  viewerSide!: OfferSide;

  @Field(() => Int, { description: 'messages from the other side the caller has not read' })
  unreadCount!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'answered, withdrawn, or closed unanswered' })
  decidedAt!: Date | null;

  @Field(() => OfferCloseReason, { nullable: true, description: 'set when the status is EXPIRED' })
  closeReason!: OfferCloseReason | null;

  @Field(() => Date, { nullable: true, description: 'when the group was reminded that the offer waits for its answer' })
  remindedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'while PENDING: the moment the offer closes unanswered (INTRODUCTION_CLOSE_DAYS after it was made)',
  })
  replyBy!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "the reply deadline in plain words for the caller's side and language: after the reminder, until when; once EXPIRED, why and what to do next",
  })
  statusNote!: string | null;

  @Field(() => ProxyEntry, {
    nullable: true,
    description: "the group's answer was given by its 市民センター or a delegate, or taken by phone",
  })
  answeredByProxy!: ProxyEntry | null;

  @Field(() => ProxyEntry, {
    nullable: true,
    description: 'the caller acts for the group (its 市民センター, the city or a delegate); null for its own members',
  })
  viewerActsAs!: ProxyEntry | null;
}
