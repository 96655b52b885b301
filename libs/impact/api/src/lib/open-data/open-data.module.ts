import { Module } from '@nestjs/common';
import { NeedsModule } from '@tsunagu/needs/api';
import { NpoModule } from '@tsunagu/npo/api';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/** Open data given back (CC BY 4.0): the helpers' directory and the needs' aggregate figures. */
@Module({
  imports: [NpoModule, NeedsModule],
  controllers: [OpenDataController],
  providers: [OpenDataService],
})
export class OpenDataModule {}
