import { rm } from 'node:fs/promises';
import { Controller, HttpCode, Logger, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AuditLogService, type AuthenticatedUser, CurrentUser, RequirePolicy } from '@tsunagu/accounts/api';
import { badUserInput } from '@tsunagu/shared/api-core';
import { NpoImportService } from '../import/npo-import.service';
import { npoMessages } from '../npo.messages';

/**
 * `POST /api/imports/npos` (multipart, field `file`): staff upload an open-data file. Answers at
 * once with the run id; the import runs in the background and the page follows its progress.
 */
@Controller('api/imports')
export class NpoImportController {
  private readonly logger = new Logger(NpoImportController.name);

  constructor(
    private readonly imports: NpoImportService,
    private readonly audit: AuditLogService,
  ) {}

  @Post('npos')
  @RequirePolicy('canManageOpenData')
  @HttpCode(202)
  // Where and how big: MulterModule in NpoModule (DATA_DIR/uploads/imports, size-limited).
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
      action: 'npo-import.started',
      targetType: 'npo_import_run',
      targetId: run.id,
      detail: { fileName, bytes: file.size },
    });
    void this.imports
      .run(run.id, file.path)
      .catch((error: unknown) => this.logger.error(`upload import ${run.id} crashed`, (error as Error).stack))
      .finally(() => void rm(file.path, { force: true }));
    return { importRunId: run.id };
  }
}
