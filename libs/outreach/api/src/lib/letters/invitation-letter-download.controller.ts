import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import {
  AuditLogService,
  type AuthenticatedUser,
  CurrentUser,
  RequirePolicy,
  requireUser,
} from '@tsunagu/accounts/api';
import { notFound } from '@tsunagu/shared/api-core';
import { outreachMessages } from '../outreach.messages';
import { InvitationLetterJobRepository } from './invitation-letter-job.repository';
import { LetterRun } from './letter-run';

/**
 * `GET /api/invitation-letters/:id.pdf`: a finished print run, for staff. Every download is
 * audit-logged: the file holds live one-time codes, each of which makes its holder a member.
 */
@Controller('api/invitation-letters')
export class InvitationLetterDownloadController {
  constructor(
    private readonly rows: InvitationLetterJobRepository,
    private readonly run: LetterRun,
    private readonly audit: AuditLogService,
  ) {}

  @Get(':id.pdf')
  @RequirePolicy('canBridgeNpos')
  async download(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser | undefined): Promise<StreamableFile> {
    const staff = requireUser(user);
    const row = await this.rows.get(id);
    if (!row || row.status !== 'DONE' || !row.file_path) throw notFound(outreachMessages.lettersNotReady);
    const file = this.run.pathOf(row.file_path);
    if (!(await stat(file).catch(() => null))) throw notFound(outreachMessages.lettersNotReady);
    await this.audit.record({
      actorUserId: staff.id,
      action: 'letters.downloaded',
      targetType: 'invitation_letter_job',
      targetId: row.id,
      detail: { letters: row.letters },
    });
    const day = row.created_at.toISOString().slice(0, 10);
    return new StreamableFile(createReadStream(file), {
      type: 'application/pdf',
      disposition: `attachment; filename="invitation-letters-${day}.pdf"; filename*=UTF-8''${encodeURIComponent(`つなぐ案内状-${day}.pdf`)}`,
    });
  }
}
