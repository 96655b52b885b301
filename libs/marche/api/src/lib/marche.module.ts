import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { MatchingModule } from '@tsunagu/matching/api';
import { NotificationsModule } from '@tsunagu/notifications/api';
import { MarcheExportController } from './marche-export.controller';
import { MarcheOutreachResolver } from './marche-outreach.resolver';
import { MarcheOutreachService } from './marche-outreach.service';
import { MarcheResolver } from './marche.resolver';
import { MarcheService } from './marche.service';

/** Action! NPO Marché: events, applications, capacity and the waitlist. */
@Module({
  imports: [AccountsModule, NotificationsModule, MatchingModule],
  controllers: [MarcheExportController],
  providers: [MarcheService, MarcheResolver, MarcheOutreachService, MarcheOutreachResolver],
  exports: [MarcheService],
})
export class MarcheModule {}
