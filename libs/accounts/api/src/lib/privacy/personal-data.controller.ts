import { Controller, Get, Header } from '@nestjs/common';
import { requireUser } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePolicy } from '../auth/policy.guard';
import { PersonalDataService } from './personal-data.service';

/** `GET /api/me/personal-data`: my data as a JSON file to keep (APPI). */
@Controller('api/me')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Get('personal-data')
  @RequirePolicy('isSignedIn')
  @Header('content-type', 'application/json; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="tsunagu-personal-data.json"')
  @Header('cache-control', 'no-store')
  async download(@CurrentUser() user: AuthenticatedUser | undefined): Promise<string> {
    return JSON.stringify(await this.personalData.export(requireUser(user).id), null, 2);
  }
}
