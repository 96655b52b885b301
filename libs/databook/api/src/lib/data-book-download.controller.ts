import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { RequirePolicy } from '@tsunagu/accounts/api';
import { ErrorCode } from '@tsunagu/shared/api-core';
import { DataBookJobs } from './data-book-jobs';

/** `GET /api/databooks/:id.pdf`: a finished data book, for staff. */
@Controller('api/databooks')
export class DataBookDownloadController {
  constructor(private readonly jobs: DataBookJobs) {}

  @Get(':id.pdf')
  @RequirePolicy('canMakeDataBooks')
  async download(@Param('id') id: string): Promise<StreamableFile> {
    const row = await this.jobs.get(id);
    if (!row || row.status !== 'DONE' || !row.file_name) {
      throw new NotFoundException({ code: ErrorCode.NOT_FOUND, message: 'そのデータブックはまだできていません。' });
    }
    const year = row.options.editionYear;
    return new StreamableFile(createReadStream(join(this.jobs.directory, row.file_name)), {
      type: 'application/pdf',
      disposition: `attachment; filename="databook-${year}.pdf"; filename*=UTF-8''${encodeURIComponent(`NPOデータブック${year}.pdf`)}`,
    });
  }
}
