import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig, ErrorCode, badUserInput, contractError, notFound } from '@tsunagu/shared/api-core';
import { AuditLogService } from '../audit/audit-log.service';
import { forbidden } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { policies } from '../auth/policies';
import { NpoClaimEntity } from '../entities/npo-claim.entity';
import { type NpoClaim, NpoClaimStatus } from './npo-claim.model';

interface ClaimRow {
  id: string;
  npo_id: string;
  npo_name: string;
  message: string;
  status: NpoClaimStatus;
  created_at: Date;
  display_name: string;
  email: string;
}

const SELECT = `SELECT c.id, c.npo_id, n.name AS npo_name, c.message, c.status, c.created_at, u.display_name, u.email
  FROM npo_claim c JOIN npo n ON n.id = c.npo_id JOIN user_account u ON u.id = c.user_id`;

@Injectable()
export class NpoClaimService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private view(row: ClaimRow, viewer: AuthenticatedUser): NpoClaim {
    return {
      id: row.id,
      npoId: row.npo_id,
      npoName: row.npo_name,
      message: row.message,
      status: row.status,
      createdAt: row.created_at,
      claimantName: row.display_name,
      claimantEmail: policies.isStaff(viewer) ? row.email : null,
    };
  }

  async claim(user: AuthenticatedUser, npoId: string, message: string): Promise<NpoClaim> {
    const text = message.trim();
    if (text.length < 5 || text.length > 1000) {
      throw badUserInput('どのような立場の方か、5文字以上で書いてください（例：事務局長の山本です）。', 'message');
    }
    if (!/^[0-9a-f-]{36}$/i.test(npoId)) throw notFound('そのNPOは見つかりません。');
    const [npo] = await this.dataSource.query(`SELECT id FROM npo WHERE id = $1`, [npoId]);
    if (!npo) throw notFound('そのNPOは見つかりません。');
    const [member] = await this.dataSource.query(`SELECT 1 FROM npo_member WHERE npo_id = $1 AND user_id = $2`, [
      npoId,
      user.id,
    ]);
    if (member) throw contractError(ErrorCode.CONFLICT, 'あなたはもうこのNPOのメンバーです。');
    const [pending] = await this.dataSource.query(
      `SELECT 1 FROM npo_claim WHERE npo_id = $1 AND user_id = $2 AND status = 'PENDING'`,
      [npoId, user.id],
    );
    if (pending) throw contractError(ErrorCode.CONFLICT, 'このNPOへの申請は、もう職員の確認を待っています。');
    try {
      const [{ id }] = await this.dataSource.query(
        `INSERT INTO npo_claim (npo_id, user_id, message) VALUES ($1, $2, $3) RETURNING id`,
        [npoId, user.id, text],
      );
      return this.one(id, user);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw contractError(ErrorCode.CONFLICT, 'このNPOへの申請は、もう職員の確認を待っています。');
      }
      throw error;
    }
  }

  async decide(staff: AuthenticatedUser, claimId: string, approve: boolean): Promise<NpoClaim> {
    if (!policies.canDecideNpoClaims(staff)) throw forbidden();
    await this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(NpoClaimEntity, {
        where: { id: claimId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!claim) throw notFound('その申請は見つかりません。');
      if (claim.status !== 'PENDING') throw contractError(ErrorCode.CONFLICT, 'この申請はもう決定済みです。');
      claim.status = approve ? 'APPROVED' : 'REFUSED';
      claim.decidedAt = new Date();
      claim.decidedBy = staff.id;
      await manager.save(claim);
      if (approve) {
        await manager.query(`INSERT INTO npo_member (npo_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          claim.npoId,
          claim.userId,
        ]);
      }
      const [who] = await manager.query(
        `SELECT u.email, u.display_name, n.name AS npo_name FROM user_account u, npo n WHERE u.id = $1 AND n.id = $2`,
        [claim.userId, claim.npoId],
      );
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
    const [row] = await this.dataSource.query(`${SELECT} WHERE c.id = $1`, [id]);
    return this.view(row as ClaimRow, viewer);
  }

  async mine(user: AuthenticatedUser): Promise<NpoClaim[]> {
    const rows: ClaimRow[] = await this.dataSource.query(`${SELECT} WHERE c.user_id = $1 ORDER BY c.created_at DESC`, [
      user.id,
    ]);
    return rows.map((r) => this.view(r, user));
  }

  async pending(staff: AuthenticatedUser): Promise<NpoClaim[]> {
    if (!policies.canDecideNpoClaims(staff)) throw forbidden();
    const rows: ClaimRow[] = await this.dataSource.query(`${SELECT} WHERE c.status = 'PENDING' ORDER BY c.created_at`);
    return rows.map((r) => this.view(r, staff));
  }
}
