import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MailPreference {
  EACH = 'EACH',
  DAILY = 'DAILY',
  OFF = 'OFF',
}
registerEnumType(MailPreference, {
  name: 'MailPreference',
  description: 'お知らせのメール：そのつど / 1日1回まとめて / 送らない',
});

@ObjectType()
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field({ description: 'path in the web client' })
  link!: string;

  @Field()
  read!: boolean;

  @Field()
  createdAt!: Date;
}
