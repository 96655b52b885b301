import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { MarcheApplicationRepository } from '../applications/marche-application.repository';
import { MarcheMeetingWishRepository } from '../outreach/marche-meeting-wish.repository';

/**
 * The marché's part of 「わたしのデータ」: the applications a person wrote (in their NPO's name)
 * and the exhibitors they marked for their group. Rows are snake_case like the rest of the export.
 */
@Injectable()
export class MarchePersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly applications: MarcheApplicationRepository,
    private readonly wishes: MarcheMeetingWishRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'marcheApplications',
      collect: async (userId) =>
        (await this.applications.submittedBy(userId)).map((a) => ({
          id: a.id,
          event_id: a.eventId,
          npo_id: a.npoId,
          title: a.title,
          description: a.description,
          staff_count: a.staffCount,
          needs_power: a.needsPower,
          needs_water: a.needsWater,
          tables: a.tables,
          wish_fields: a.wishFields,
          wish_text: a.wishText,
          answers: a.answers,
          consent_publish: a.consentPublish,
          status: a.status,
          review_reason: a.reviewReason,
          created_at: a.createdAt,
          updated_at: a.updatedAt,
        })),
    });
    this.registry.register({
      name: 'marcheMeetingWishes',
      collect: async (userId) =>
        (await this.wishes.madeBy(userId)).map((w) => ({
          event_id: w.eventId,
          npo_id: w.npoId,
          group_id: w.groupId,
          created_at: w.createdAt,
        })),
    });
  }
}
