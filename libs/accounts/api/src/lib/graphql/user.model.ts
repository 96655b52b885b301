import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum Role {
  MEMBER = 'MEMBER',
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role', description: 'MEMBER (groups and NPOs), city STAFF, ADMIN' });

@ObjectType({ description: 'The signed-in person (only ever their own record)' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;
}
