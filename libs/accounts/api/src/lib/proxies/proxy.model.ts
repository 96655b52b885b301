import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';

export enum ProxyEntryKind {
  /** the staff of a 市民センター acting for an assisted group */
  CENTRE = 'CENTRE',
  /** the city's staff acting for an assisted group */
  CITY = 'CITY',
  /** a family member or neighbour the officer chose */
  DELEGATE = 'DELEGATE',
  /** the officer's answer, taken by phone or on paper and typed in by staff */
  PHONE = 'PHONE',
}
registerEnumType(ProxyEntryKind, { name: 'ProxyEntryKind' });

export enum DelegateRelationKind {
  FAMILY = 'FAMILY',
  NEIGHBOUR = 'NEIGHBOUR',
  OTHER = 'OTHER',
}
registerEnumType(DelegateRelationKind, { name: 'DelegateRelation', description: '家族 / 近所の人 / その他' });

/** Who entered something for a group, as the other side is told (「〇〇市民センターが代理で入力」). */
@ObjectType()
export class ProxyEntry {
  @Field(() => ProxyEntryKind)
  kind!: ProxyEntryKind;

  @Field(() => String, {
    nullable: true,
    description: "the centre's name (CENTRE, PHONE) or the delegate's name (DELEGATE); null for the city's staff",
  })
  name!: string | null;
}

@ObjectType()
export class GroupDelegate {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field(() => DelegateRelationKind)
  relation!: DelegateRelationKind;

  @Field()
  addedAt!: Date;
}

@ObjectType()
export class CentreStaffMember {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field()
  assignedAt!: Date;
}

@InputType()
export class AddGroupDelegateInput {
  @Field(() => ID)
  @IsUUID('all', { message: '団体を選んでください' })
  groupId!: string;

  @Field({ description: 'the email the delegate signed up with' })
  @IsEmail({}, { message: 'メールアドレスの形が正しくありません' })
  @MaxLength(254)
  email!: string;

  @Field(() => DelegateRelationKind)
  @IsEnum(DelegateRelationKind, { message: '続柄を選んでください' })
  relation!: DelegateRelationKind;
}

@InputType()
export class AssignCentreStaffInput {
  @Field(() => ID)
  @IsUUID('all', { message: '市民センターを選んでください' })
  centreId!: string;

  @Field({ description: 'the email the staff member signed up with' })
  @IsEmail({}, { message: 'メールアドレスの形が正しくありません' })
  @MaxLength(254)
  email!: string;
}
