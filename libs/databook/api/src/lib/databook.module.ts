import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { DataBookDownloadController } from './data-book-download.controller';
import { DataBookExportController } from './data-book-export.controller';
import { DataBookJobs } from './data-book-jobs';
import { DataBookResolver } from './data-book.resolver';
import { DataBookService } from './databook.service';

/** The NPO data book: the annual print booklet of the city's NPOs, made in the background. */
@Module({
  imports: [AccountsModule],
  controllers: [DataBookDownloadController, DataBookExportController],
  providers: [DataBookService, DataBookJobs, DataBookResolver],
  exports: [DataBookService, DataBookJobs],
})
export class DataBookModule {}
