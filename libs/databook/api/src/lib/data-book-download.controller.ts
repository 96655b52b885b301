import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { RequirePolicy } from '@tsunagu/accounts/api';
import { notFound } from '@tsunagu/shared/api-core';
import { DataBookJobs } from './data-book-jobs';
import { dataBookMessages } from './databook.messages';

/** `GET /api/databooks/:id.pdf`: a finished data book, for staff. */
@Controller('api/databooks')
export class DataBookDownloadController {
  constructor(private readonly jobs: DataBookJobs) {}

  @Get(':id.pdf')
  @RequirePolicy('canMakeDataBooks')
  async download(@Param('id') id: string): Promise<StreamableFile> {
    const row = await this.jobs.get(id);
    if (!row || row.status !== 'DONE' || !row.file_name) throw notFound(dataBookMessages.notReady);
    const year = row.options.editionYear;
    return new StreamableFile(createReadStream(join(this.jobs.directory, row.file_name)), {
      type: 'application/pdf',
      disposition: `attachment; filename="databook-${year}.pdf"; filename*=UTF-8''${encodeURIComponent(`NPOデータブック${year}.pdf`)}`,
    });
  }
}
