import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Npo } from '../graphql/npo.model';

export enum HelperSource {
  REGISTRATION = 'REGISTRATION',
  STAFF = 'STAFF',
  LIST_IMPORT = 'LIST_IMPORT',
}
registerEnumType(HelperSource, {
  name: 'HelperSource',
  description: 'how a helper of another kind came in: its own registration, staff, a list import',
});

@ObjectType({ description: 'Staff: a helper waiting for verification, with who registered it (private)' })
export class PendingHelper {
  @Field(() => Npo)
  npo!: Npo;

  @Field(() => HelperSource)
  source!: HelperSource;

  @Field(() => String, { nullable: true, description: 'private, staff only: the registrant' })
  registrantName!: string | null;

  @Field(() => String, { nullable: true, description: 'private, staff only' })
  registrantEmail!: string | null;

  @Field({ description: 'when it registered' })
  registeredAt!: Date;
}
