import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NpoClaimStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(NpoClaimStatus, { name: 'NpoClaimStatus' });

@ObjectType({ description: "A request to look after an NPO's profile; staff decide" })
export class NpoClaim {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  npoId!: string;

  @Field()
  npoName!: string;

  @Field()
  message!: string;

  @Field(() => NpoClaimStatus)
  status!: NpoClaimStatus;

  @Field()
  createdAt!: Date;

  @Field({ description: 'who asked (the claimant themself, or staff)' })
  claimantName!: string;

  @Field(() => String, { nullable: true, description: 'staff only' })
  claimantEmail!: string | null;
}
