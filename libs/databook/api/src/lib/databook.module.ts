import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NpoModule } from '@tsunagu/npo/api';
import { StoriesModule } from '@tsunagu/stories/api';
import { DataBookDownloadController } from './data-book-download.controller';
import { DataBookExportController } from './data-book-export.controller';
import { DataBookJobs } from './data-book-jobs';
import { DataBookRepository } from './data-book.repository';
import { DataBookResolver } from './data-book.resolver';
import { DataBookService } from './databook.service';

/** The NPO data book: the annual print booklet of the city's NPOs, made in the background. */
@Module({
  imports: [AccountsModule, NpoModule, StoriesModule],
  controllers: [DataBookDownloadController, DataBookExportController],
  providers: [DataBookRepository, DataBookService, DataBookJobs, DataBookResolver],
  exports: [DataBookService, DataBookJobs],
})
export class DataBookModule {}
