import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { MarcheResolver } from './marche.resolver';
import { MarcheService } from './marche.service';

/** Action! NPO Marché: events, applications, capacity and the waitlist. */
@Module({
  imports: [AccountsModule, NeedsModule],
  providers: [MarcheService, MarcheResolver],
  exports: [MarcheService],
})
export class MarcheModule {}
