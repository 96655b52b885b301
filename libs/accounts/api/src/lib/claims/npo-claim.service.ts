import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig, badUserInput, conflict, notFound } from '@tsunagu/shared/api-core';
import { accountsMessages } from '../accounts.messages';
import { AuditLogService } from '../audit/audit-log.service';
import { forbidden } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { policies } from '../auth/policies';
import { MembershipRepository } from '../memberships/membership.repository';
import { NpoDirectoryPort } from '../npo-directory/npo-directory.port';
import { UserAccountRepository } from '../users/user-account.repository';
import { type ClaimRow, NpoClaimRepository } from './npo-claim.repository';
import type { NpoClaim } from './npo-claim.model';

@Injectable()
export class NpoClaimService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly claims: NpoClaimRepository,
    private readonly members: MembershipRepository,
    private readonly users: UserAccountRepository,
    private readonly npos: NpoDirectoryPort,
    private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async views(rows: ClaimRow[], viewer: AuthenticatedUser): Promise<NpoClaim[]> {
    const names = await this.npos.namesOf(rows.map((r) => r.npo_id));
    // A claim is removed with its NPO, so every claim read has its NPO's name.
    return rows.filter((r) => names.has(r.npo_id)).map((r) => this.view(r, names.get(r.npo_id) as string, viewer));
  }

  private view(row: ClaimRow, npoName: string, viewer: AuthenticatedUser): NpoClaim {
    return {
      id: row.id,
      npoId: row.npo_id,
      npoName,
      message: row.message,
      status: row.status,
      createdAt: row.created_at,
      claimantName: row.display_name,
      claimantEmail: policies.isStaff(viewer) ? row.email : null,
    };
  }

  async claim(user: AuthenticatedUser, npoId: string, message: string): Promise<NpoClaim> {
    const text = message.trim();
    if (text.length < 5 || text.length > 1000) throw badUserInput(accountsMessages.claimMessageLength, 'message');
    if (!/^[0-9a-f-]{36}$/i.test(npoId)) throw notFound(accountsMessages.npoNotFound);
    // a helper awaiting the staff's check is answered as not there, as its page is
    if (!(await this.npos.isClaimable(npoId))) throw notFound(accountsMessages.npoNotFound);
    if (await this.members.isNpoMember(npoId, user.id)) throw conflict(accountsMessages.alreadyNpoMember);
    if (await this.claims.hasPending(npoId, user.id)) throw conflict(accountsMessages.claimPending);
    try {
      return this.one(await this.claims.insert(npoId, user.id, text), user);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict(accountsMessages.claimPending);
      throw error;
    }
  }

  async decide(staff: AuthenticatedUser, claimId: string, approve: boolean): Promise<NpoClaim> {
    if (!policies.canDecideNpoClaims(staff)) throw forbidden();
    await this.dataSource.transaction(async (manager) => {
      const claim = await this.claims.lockForDecision(claimId, manager);
      if (!claim) throw notFound(accountsMessages.claimNotFound);
      if (claim.status !== 'PENDING') throw conflict(accountsMessages.claimDecided);
      claim.status = approve ? 'APPROVED' : 'REFUSED';
      claim.decidedAt = new Date();
      claim.decidedBy = staff.id;
      await this.claims.save(claim, manager);
      if (approve) await this.members.addNpoMember(claim.npoId, claim.userId, manager);
      const contact = await this.users.contactOf(claim.userId, manager);
      const npoName = await this.npos.nameOf(claim.npoId);
      if (!contact || npoName === undefined) throw notFound(accountsMessages.claimNotFound); // both go with the claim
      const who = { email: contact.email, display_name: contact.displayName, npo_name: npoName };
      await enqueueMail(manager, {
        to: who.email,
        subject: approve
          ? `【つなぐ】${who.npo_name}のページを編集できるようになりました`
          : `【つなぐ】${who.npo_name}の申請について`,
        text: approve
          ? `${who.display_name} 様\n\n「${who.npo_name}」のメンバーとして確認しました。\n団体の紹介や、手伝えることを書いてください。\n\n${this.config.publicUrl}/npos/${claim.npoId}`
          : `${who.display_name} 様\n\n「${who.npo_name}」のメンバーであることを確認できませんでした。\nくわしくは市の担当（地域・人づくり部）にお問い合わせください。`,
      });
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: approve ? 'npo-claim.approved' : 'npo-claim.refused',
          targetType: 'npo',
          targetId: claim.npoId,
          detail: { claimId: claim.id, claimant: claim.userId },
        },
        manager,
      );
    });
    return this.one(claimId, staff);
  }

  async one(id: string, viewer: AuthenticatedUser): Promise<NpoClaim> {
    const row = await this.claims.row(id);
    const [claim] = await this.views(row ? [row] : [], viewer);
    return claim as NpoClaim;
  }

  async mine(user: AuthenticatedUser): Promise<NpoClaim[]> {
    return this.views(await this.claims.rowsOfUser(user.id), user);
  }

  async pending(staff: AuthenticatedUser): Promise<NpoClaim[]> {
    if (!policies.canDecideNpoClaims(staff)) throw forbidden();
    return this.views(await this.claims.pendingRows(), staff);
  }
}
