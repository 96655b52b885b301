import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig, currentLanguage } from '@tsunagu/shared/api-core';
import { cityOfficeName } from './city-office-name';

/** The city's desk that answers NPOs and groups where the product cannot help further. */
@ObjectType()
export class CityOffice {
  @Field({ description: 'e.g. 北九州市 地域・人づくり部, in the caller’s language' }) name!: string;
  @Field() phone!: string;
  @Field({ description: 'when it answers, as printed on the letters' }) hours!: string;
}

/**
 * One source for the office the letters print and the pages show (CITY_OFFICE_* settings), so
 * the paper and the screen never give two numbers.
 */
@Resolver(() => CityOffice)
export class CityOfficeResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => CityOffice, { description: 'Whom to call: the city’s office for NPOs and community groups (public)' })
  cityOffice(): CityOffice {
    const language = currentLanguage();
    const office = this.config.cityOffice;
    return {
      name: cityOfficeName(this.config, language),
      phone: office.phone,
      hours: language === 'en' ? office.hoursEn : office.hours,
    };
  }
}
