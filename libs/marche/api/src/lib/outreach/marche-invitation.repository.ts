import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { MarcheInvitationEntity } from '../entities/marche-invitation.entity';

/** marche_invitation: which NPOs staff invited to which marché. */
@Injectable()
export class MarcheInvitationRepository {
  constructor(
    @InjectRepository(MarcheInvitationEntity) private readonly invitations: Repository<MarcheInvitationEntity>,
  ) {}

  /** Of these NPOs, the ones already invited to the event. */
  async invitedAmong(eventId: string, npoIds: string[]): Promise<Set<string>> {
    if (npoIds.length === 0) return new Set();
    const rows = await this.invitations.find({ select: ['npoId'], where: { eventId, npoId: In(npoIds) } });
    return new Set(rows.map((r) => r.npoId));
  }

  /** Records the invitation; false when the NPO was invited to the event before. */
  async add(eventId: string, npoId: string, invitedBy: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .getRepository(MarcheInvitationEntity)
      .createQueryBuilder()
      .insert()
      .values({ eventId, npoId, invitedBy })
      .orIgnore()
      .returning('npo_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
