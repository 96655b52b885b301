import { rm } from 'node:fs/promises';
import { Controller, HttpCode, Logger, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AuditLogService, type AuthenticatedUser, CurrentUser, RequirePolicy } from '@tsunagu/accounts/api';
import { badUserInput } from '@tsunagu/shared/api-core';
import { HelperListImportService } from '../helper-list/helper-list-import.service';
import { NpoImportService } from '../import/npo-import.service';
import { npoMessages } from '../npo.messages';

/** What both imports offer an upload: a run recorded at once, then the work in the background. */
interface UploadedImport {
  start(input: { filePath: string; fileName: string; source: 'UPLOAD'; startedBy: string }): Promise<{ id: string }>;
  run(runId: string, filePath: string): Promise<unknown>;
}

/**
 * `POST /api/imports/npos` (an open-data file) and `POST /api/imports/helpers` (a list of
 * companies and university groups), multipart, field `file`, staff only. Each answers at once with
 * the run id; the import runs in the background and the page follows its progress.
 */
@Controller('api/imports')
export class NpoImportController {
  private readonly logger = new Logger(NpoImportController.name);

  constructor(
    private readonly imports: NpoImportService,
    private readonly helperLists: HelperListImportService,
    private readonly audit: AuditLogService,
  ) {}

  @Post('npos')
  @RequirePolicy('canManageOpenData')
  @HttpCode(202)
  // Where and how big: MulterModule in NpoModule (DATA_DIR/uploads/imports, size-limited).
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<{ importRunId: string }> {
    return this.startUpload(this.imports, 'npo-import.started', 'upload import', file, user);
  }

  @Post('helpers')
  @RequirePolicy('canManageOpenData')
  @HttpCode(202)
  // The list's own 5 MB limit is the run's to say (a clear refusal), not multer's.
  @UseInterceptors(FileInterceptor('file'))
  uploadHelperList(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<{ importRunId: string }> {
    return this.startUpload(this.helperLists, 'helper-list-import.started', 'helper list', file, user);
  }

  private async startUpload(
    imports: UploadedImport,
    action: string,
    label: string,
    file: Express.Multer.File | undefined,
    user: AuthenticatedUser | undefined,
  ): Promise<{ importRunId: string }> {
    if (!file) throw badUserInput(npoMessages.fileMissing, 'file');
    // Browsers send non-ASCII file names as Latin-1 bytes of their UTF-8 form.
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    const startedBy = user ? `${user.displayName} <${user.email}>` : 'staff';
    const run = await imports.start({ filePath: file.path, fileName, source: 'UPLOAD', startedBy });
    await this.audit.record({
      actorUserId: user?.id ?? null,
      action,
      targetType: 'npo_import_run',
      targetId: run.id,
      detail: { fileName, bytes: file.size },
    });
    void imports
      .run(run.id, file.path)
      .catch((error: unknown) => this.logger.error(`${label} ${run.id} crashed`, (error as Error).stack))
      .finally(() => void rm(file.path, { force: true }));
    return { importRunId: run.id };
  }
}
