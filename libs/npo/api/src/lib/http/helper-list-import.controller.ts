import { rm } from 'node:fs/promises';
import { Controller, HttpCode, Logger, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AuditLogService, type AuthenticatedUser, CurrentUser, RequirePolicy } from '@tsunagu/accounts/api';
import { badUserInput } from '@tsunagu/shared/api-core';
import { HelperListImportService } from '../helper-list/helper-list-import.service';
import { npoMessages } from '../npo.messages';

/**
 * `POST /api/imports/helpers` (multipart, field `file`): staff upload a list of companies and
 * university groups. Answers at once with the run id, as `POST /api/imports/npos` does; the
 * run says what the list changed or which rows it refused.
 */
@Controller('api/imports')
export class HelperListImportController {
  private readonly logger = new Logger(HelperListImportController.name);

  constructor(
    private readonly imports: HelperListImportService,
    private readonly audit: AuditLogService,
  ) {}

  @Post('helpers')
  @RequirePolicy('canManageOpenData')
  @HttpCode(202)
  // Where: MulterModule in NpoModule. The list's own 5 MB limit is the run's to say (a clear refusal).
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<{ importRunId: string }> {
    if (!file) throw badUserInput(npoMessages.fileMissing, 'file');
    // Browsers send non-ASCII file names as Latin-1 bytes of their UTF-8 form.
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    const startedBy = user ? `${user.displayName} <${user.email}>` : 'staff';
    const run = await this.imports.start({ filePath: file.path, fileName, source: 'UPLOAD', startedBy });
    await this.audit.record({
      actorUserId: user?.id ?? null,
      action: 'helper-list-import.started',
      targetType: 'npo_import_run',
      targetId: run.id,
      detail: { fileName, bytes: file.size },
    });
    void this.imports
      .run(run.id, file.path)
      .catch((error: unknown) => this.logger.error(`helper list ${run.id} crashed`, (error as Error).stack))
      .finally(() => void rm(file.path, { force: true }));
    return { importRunId: run.id };
  }
}
