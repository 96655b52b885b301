import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { AuditLogService, type AuthenticatedUser, CurrentUser, requireUser } from '@tsunagu/accounts/api';
import { badUserInput } from '@tsunagu/shared/api-core';
import { todayInJapan } from '@tsunagu/shared/util';
import { assistedMessages } from '../assisted.messages';
import { CentrePaperRecords } from './centre-paper-records.service';
import { GroupPaperRecords } from './group-paper-records.service';
import { drawKairanban } from './kairanban.drawing';
import { PaperAccess } from './paper-access.service';
import { drawPaper } from './paper-blocks.drawing';
import { mondayOf } from './paper-dates';
import { paperDocument } from './paper-document';
import { fileSafe, pdfResponse } from './paper-files';

/**
 * Paper out for assisted mode (issue #15): what reaches officers who are not online, and the
 * centre staff's own weekly paper. Only the group's centre (or the city's staff) may print; the
 * notice, the contact slip and the digest carry people's details, so every download of them is
 * audit-logged (the 回覧板 holds only what is public on the site).
 */
@Controller('api/assisted')
export class PaperController {
  constructor(
    private readonly access: PaperAccess,
    private readonly groupPapers: GroupPaperRecords,
    private readonly centrePapers: CentrePaperRecords,
    private readonly audit: AuditLogService,
  ) {}

  @Get('groups/:groupId/notice.pdf')
  @Header('cache-control', 'no-store')
  async notice(
    @Param('groupId') groupId: string,
    @CurrentUser() caller: AuthenticatedUser | undefined,
  ): Promise<StreamableFile> {
    const user = requireUser(caller);
    const at = await this.access.assistedGroup(user, groupId);
    const content = await this.groupPapers.notice(user, at);
    await this.printed(user, 'notice', 'community_group', at.group.id);
    const doc = paperDocument({ title: `${at.group.name}へのお知らせ`, author: at.centre.name });
    drawPaper(doc, content);
    const day = todayInJapan();
    return pdfResponse(doc, `notice-${day}.pdf`, `お知らせ-${fileSafe(at.group.name)}-${day}.pdf`);
  }

  @Get('offers/:offerId/contact-slip.pdf')
  @Header('cache-control', 'no-store')
  async contactSlip(
    @Param('offerId') offerId: string,
    @CurrentUser() caller: AuthenticatedUser | undefined,
  ): Promise<StreamableFile> {
    const user = requireUser(caller);
    const { offer, ...at } = await this.access.offer(user, offerId);
    const content = await this.groupPapers.contactSlip(user, offer.id, at);
    await this.printed(user, 'contact-slip', 'offer', offer.id);
    const doc = paperDocument({ title: '連絡票', author: at.centre.name });
    drawPaper(doc, content);
    const day = todayInJapan();
    return pdfResponse(doc, `contact-slip-${day}.pdf`, `連絡票-${fileSafe(at.group.name)}-${day}.pdf`);
  }

  @Get('centres/:centreId/kairanban.pdf')
  async kairanban(
    @Param('centreId') centreId: string,
    @CurrentUser() caller: AuthenticatedUser | undefined,
  ): Promise<StreamableFile> {
    const centre = await this.access.centre(requireUser(caller), centreId);
    const doc = paperDocument({ title: '回覧板', author: centre.name }, 0);
    drawKairanban(doc, await this.centrePapers.kairanban(centre));
    const day = todayInJapan();
    return pdfResponse(doc, `kairanban-${day}.pdf`, `回覧板-${fileSafe(centre.name)}-${day}.pdf`);
  }

  @Get('centres/:centreId/weekly-digest.pdf')
  @Header('cache-control', 'no-store')
  async weeklyDigest(
    @Param('centreId') centreId: string,
    @Query('week') week: unknown,
    @CurrentUser() caller: AuthenticatedUser | undefined,
  ): Promise<StreamableFile> {
    const user = requireUser(caller);
    const centre = await this.access.centre(user, centreId);
    const monday = mondayOf(week);
    if (!monday) throw badUserInput(assistedMessages.weekNotADay, 'week');
    const content = await this.centrePapers.weeklyDigest(user, centre, monday);
    await this.printed(user, 'weekly-digest', 'community_group', centre.id);
    const doc = paperDocument({ title: '週のまとめ', author: centre.name });
    drawPaper(doc, content);
    return pdfResponse(doc, `weekly-digest-${monday}.pdf`, `週のまとめ-${fileSafe(centre.name)}-${monday}.pdf`);
  }

  private printed(
    user: AuthenticatedUser,
    kind: 'notice' | 'contact-slip' | 'weekly-digest',
    targetType: string,
    targetId: string,
  ) {
    return this.audit.record({
      actorUserId: user.id,
      action: 'assisted.paper.printed',
      targetType,
      targetId,
      detail: { kind },
    });
  }
}
