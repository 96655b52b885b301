import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogService, type AuthenticatedUser, MembershipService, forbidden, policies } from '@tsunagu/accounts/api';
import { SearchOutboxWorker, enqueueSearchUpdates } from '@tsunagu/search/api';
import { NPO_INDEX } from '../search/npo-search-index';
import { APP_CONFIG, type AppConfig, ErrorCode, contractError, notFound } from '@tsunagu/shared/api-core';
import { NpoRepository } from '../directory/npo.repository';
import type { NpoProfileEntity } from '../entities/npo-profile.entity';
import { npoMessages } from '../npo.messages';
import { NpoProfileRepository } from './npo-profile.repository';
import type { NpoProfile, UpdateNpoProfileInput } from './npo-profile.model';
import { cleanPhoto } from './npo-photo-image';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

@Injectable()
export class NpoProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: NpoProfileRepository,
    private readonly npos: NpoRepository,
    private readonly memberships: MembershipService,
    private readonly audit: AuditLogService,
    private readonly searchWorker: SearchOutboxWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  photoDir(): string {
    return join(this.config.dataDir, 'uploads', 'npo-photos');
  }

  toModel(profile: NpoProfileEntity): NpoProfile {
    return {
      introduction: profile.introduction,
      helpKinds: profile.helpKinds,
      areas: profile.areas,
      contactForGroups: profile.contactForGroups,
      website: profile.website,
      socialLinks: profile.socialLinks,
      photoUrl: profile.photoFile ? `/api/npos/${profile.npoId}/photo?v=${profile.updatedAt.getTime()}` : null,
      printConsent: profile.printConsent,
      updatedAt: profile.updatedAt,
    };
  }

  find(npoId: string): Promise<NpoProfileEntity | null> {
    return this.profiles.find(npoId);
  }

  isClaimed(npoId: string): Promise<boolean> {
    return this.memberships.npoHasMembers(npoId);
  }

  private async assertMayEdit(user: AuthenticatedUser, npoId: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(npoId) || !(await this.npos.exists(npoId))) throw notFound(npoMessages.notFoundThat);
    const memberships = await this.memberships.load(user.id);
    if (!policies.canEditNpoProfile(user, memberships, { id: npoId })) {
      // A helper the staff have not verified is not there for anyone but its members and staff.
      if (!memberships.npos.has(npoId) && !(await this.npos.isClaimable(npoId)))
        throw notFound(npoMessages.notFoundThat);
      throw forbidden(npoMessages.membersOnly);
    }
  }

  /** Only what the open data does not hold; staff edits of an NPO's profile go to the audit log. */
  async update(user: AuthenticatedUser, npoId: string, input: UpdateNpoProfileInput): Promise<NpoProfileEntity> {
    await this.assertMayEdit(user, npoId);
    const current = await this.profiles.findOrNew(npoId);
    const next = this.profiles.merge(current, {
      ...(input.introduction !== undefined && { introduction: input.introduction?.trim() || null }),
      ...(input.helpKinds && { helpKinds: [...new Set(input.helpKinds)] }),
      ...(input.areas && { areas: [...new Set(input.areas)] }),
      ...(input.contactForGroups !== undefined && { contactForGroups: input.contactForGroups?.trim() || null }),
      ...(input.website !== undefined && { website: input.website || null }),
      ...(input.socialLinks && { socialLinks: input.socialLinks }),
      ...(input.printConsent !== undefined && { printConsent: input.printConsent }),
      updatedAt: new Date(),
      updatedBy: user.id,
    });
    const saved = await this.dataSource.transaction(async (manager) => {
      const saved = await this.profiles.save(next, manager);
      await enqueueSearchUpdates(manager, NPO_INDEX, [npoId]);
      const member = (await this.memberships.load(user.id)).npos.has(npoId);
      if (!member) {
        await this.audit.record(
          {
            actorUserId: user.id,
            action: 'npo-profile.edited-by-staff',
            targetType: 'npo',
            targetId: npoId,
            detail: { fields: Object.keys(input).join(',') },
          },
          manager,
        );
      }
      return saved;
    });
    this.searchWorker.nudge();
    return saved;
  }

  /** A photo or logo: type (from its bytes) and size checked, re-encoded (which drops EXIF, GPS and other metadata). */
  async savePhoto(
    user: AuthenticatedUser,
    npoId: string,
    file: { buffer: Buffer; mimetype: string; size: number },
  ): Promise<NpoProfileEntity> {
    await this.assertMayEdit(user, npoId);
    if (file.size > MAX_PHOTO_BYTES) {
      throw contractError(
        ErrorCode.PAYLOAD_TOO_LARGE,
        npoMessages.photoTooLarge,
        { field: 'file' },
        { megabytes: MAX_PHOTO_BYTES / 1024 / 1024 },
      );
    }
    // The type comes from the bytes, not from what the browser says (file.mimetype).
    const clean = await cleanPhoto(file.buffer);
    await mkdir(this.photoDir(), { recursive: true });
    const fileName = `${npoId}.jpg`;
    await writeFile(join(this.photoDir(), fileName), clean);
    const current = await this.profiles.findOrNew(npoId);
    return this.profiles.save(
      this.profiles.merge(current, { photoFile: fileName, updatedAt: new Date(), updatedBy: user.id }),
    );
  }
}
