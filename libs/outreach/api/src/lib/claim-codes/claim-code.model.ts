import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IntroductionRequest } from '../requests/introduction-request.model';

/** What the claim page shows before the person commits: which NPO the code is for. */
@ObjectType()
export class ClaimCodePreview {
  @Field(() => ID) npoId!: string;
  @Field() npoName!: string;
  @Field(() => String, { nullable: true }) npoWard!: string | null;
  @Field(() => Int, { description: 'introduction requests waiting for this NPO' })
  waitingRequests!: number;
}

@ObjectType()
export class ClaimWithCodeResult {
  @Field(() => ID) npoId!: string;
  @Field() npoName!: string;
  @Field(() => [IntroductionRequest], { description: 'the requests waiting for the NPO, oldest first' })
  waitingRequests!: IntroductionRequest[];
}
