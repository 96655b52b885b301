import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NpoStatus {
  ACTIVE = 'ACTIVE',
  DISSOLVED = 'DISSOLVED',
  NOT_IN_LATEST_DATA = 'NOT_IN_LATEST_DATA',
  PENDING_REVIEW = 'PENDING_REVIEW',
  REFUSED = 'REFUSED',
}
registerEnumType(NpoStatus, {
  name: 'NpoStatus',
  description:
    'ACTIVE; DISSOLVED (解散情報 set); NOT_IN_LATEST_DATA (a later full file of its authority no longer lists it); ' +
    'PENDING_REVIEW (a helper that registered itself, until staff verify it); REFUSED (staff did not verify it)',
});

export enum HelperKind {
  NPO = 'NPO',
  COMPANY = 'COMPANY',
  UNIVERSITY = 'UNIVERSITY',
  OTHER = 'OTHER',
}
registerEnumType(HelperKind, {
  name: 'HelperKind',
  description:
    'NPO (from the open data); COMPANY (a company or its community team); UNIVERSITY (a faculty, lab or circle); ' +
    'OTHER (社会福祉協議会 and other organisations)',
});

export enum CertificationKind {
  CERTIFIED = 'CERTIFIED',
  SPECIAL_CERTIFIED = 'SPECIAL_CERTIFIED',
}
registerEnumType(CertificationKind, { name: 'CertificationKind', description: '認定NPO法人 / 特例認定NPO法人' });

@ObjectType({ description: '認定・特例認定 and its period, as the open data states it' })
export class NpoCertification {
  @Field(() => CertificationKind)
  kind!: CertificationKind;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  startOn!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  endOn!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of revocation' })
  revokedOn!: string | null;

  @Field({ description: 'in force today: not revoked and not expired' })
  current!: boolean;
}

@ObjectType({
  description:
    'A helper organisation: an NPO corporation (the official open data plus what the NPO added) or, by kind, ' +
    'a company, a university group or another organisation (what it or staff wrote)',
})
export class Npo {
  @Field(() => ID)
  id!: string;

  @Field(() => HelperKind)
  kind!: HelperKind;

  @Field(() => String, { nullable: true, description: '13-digit corporate number (法人番号)' })
  corporateNumber!: string | null;

  @Field({ description: 'false when the open data holds a number whose check digit is wrong' })
  corporateNumberValid!: boolean;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'reading in full-width katakana' })
  nameKana!: string | null;

  @Field(() => String, { nullable: true, description: 'supervising authority (所轄庁); NPOs only' })
  jurisdiction!: string | null;

  @Field(() => String, { nullable: true })
  prefecture!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  ward!: string | null;

  @Field(() => String, { nullable: true, description: 'main office address as published' })
  address!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field({ description: 'main office in the configured city (default 北九州市)' })
  inCity!: boolean;

  @Field(() => String, { nullable: true })
  representative!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of certification of establishment' })
  authorizedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of establishment' })
  establishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'purpose from the articles (定款に記載された目的)' })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: 'its programmes (特定非営利活動に係る事業)' })
  programmes!: string | null;

  @Field(() => String, { nullable: true })
  otherBusiness!: string | null;

  @Field(() => [Int], { description: 'statutory activity fields 1–20' })
  fields!: number[];

  @Field({ description: 'a certification (認定 or 特例認定) is in force' })
  certified!: boolean;

  @Field(() => NpoCertification, { nullable: true })
  certification!: NpoCertification | null;

  @Field(() => String, { nullable: true, description: '監督情報' })
  supervision!: string | null;

  @Field(() => String, { nullable: true, description: '解散情報' })
  dissolution!: string | null;

  @Field(() => NpoStatus)
  status!: NpoStatus;

  @Field(() => String, { nullable: true, description: 'its page on the Cabinet Office NPO portal' })
  portalUrl!: string | null;

  @Field({ description: 'an NPO member has claimed and looks after this profile' })
  claimed!: boolean;

  @Field({ description: 'when the open data last changed this record' })
  updatedAt!: Date;
}
