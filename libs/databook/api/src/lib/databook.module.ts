import { Module } from '@nestjs/common';
import { DataBookService } from './databook.service';

/** The NPO data book: the annual print booklet of the city's NPOs. */
@Module({
  providers: [DataBookService],
  exports: [DataBookService],
})
export class DataBookModule {}
