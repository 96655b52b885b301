import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OutreachStep {
  REQUESTED = 'REQUESTED',
  LETTER_PRINTED = 'LETTER_PRINTED',
  CODE_USED = 'CODE_USED',
  CLAIMED = 'CLAIMED',
  OFFERED = 'OFFERED',
  MATCHED = 'MATCHED',
}
registerEnumType(OutreachStep, { name: 'OutreachStep' });

@ObjectType()
export class OutreachFunnelStep {
  @Field(() => OutreachStep) step!: OutreachStep;
  @Field({ description: 'the step’s name in the caller’s language' }) label!: string;
  @Field(() => Int, { description: 'NPOs that reached this step' }) count!: number;
  @Field(() => Float, { nullable: true, description: 'median days from the first request to this step' })
  medianDays!: number | null;
}

@ObjectType()
export class OutreachFunnelRow {
  @Field(() => String, { nullable: true, description: 'null: the whole city' }) ward!: string | null;
  @Field(() => [OutreachFunnelStep]) steps!: OutreachFunnelStep[];
}

@ObjectType()
export class OutreachFunnel {
  @Field(() => OutreachFunnelRow) city!: OutreachFunnelRow;
  @Field(() => [OutreachFunnelRow]) wards!: OutreachFunnelRow[];
}
