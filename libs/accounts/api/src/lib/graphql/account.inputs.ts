import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { normalizeEmail } from '@tsunagu/shared/util';

@InputType()
export class SignUpInput {
  @Field()
  // Normalised before it is checked, so ｓｔａｆｆ＠… is judged (and stored) as staff@….
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeEmail(value) : value))
  @IsEmail({}, { message: 'メールアドレスの形が正しくありません' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'at least 8 characters' })
  @IsString()
  @MinLength(8, { message: 'パスワードは8文字以上にしてください' })
  @MaxLength(200)
  password!: string;

  @Field({ description: 'how others see you, e.g. 山本（若松区○○町自治会）' })
  @IsString()
  @MinLength(1, { message: 'お名前を入れてください' })
  @MaxLength(60)
  displayName!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'the token from the mailed link' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field()
  @IsString()
  @MinLength(8, { message: 'パスワードは8文字以上にしてください' })
  @MaxLength(200)
  newPassword!: string;
}
