import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditLogService,
  type AuthenticatedUser,
  MembershipRepository,
  forbidden,
  policies,
} from '@tsunagu/accounts/api';
import { SearchOutboxWorker, enqueueSearchUpdates } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig, conflict, isUniqueViolation } from '@tsunagu/shared/api-core';
import type { NpoEntity } from '../entities/npo.entity';
import { NpoProfileRepository } from '../profile/npo-profile.repository';
import { NPO_INDEX } from '../search/npo-search-index';
import { type CleanHelperInput, cleanHelperInput } from './helper-input';
import { helperMessages } from './helper.messages';
import { HelperRepository } from './helper.repository';
import type { RegisterHelperInput } from './register-helper.input';

const NAME_TAKEN = {
  COMPANY: helperMessages.nameTakenCOMPANY,
  UNIVERSITY: helperMessages.nameTakenUNIVERSITY,
  OTHER: helperMessages.nameTakenOTHER,
} as const;

/**
 * A company, university group or other organisation comes in: by its own registration (waiting
 * for staff, its registrant a member at once so they can write the profile meanwhile) or created
 * by staff (verified at once). Everything of one registration commits together or not at all.
 */
@Injectable()
export class HelperRegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly helpers: HelperRepository,
    private readonly profiles: NpoProfileRepository,
    private readonly members: MembershipRepository,
    private readonly audit: AuditLogService,
    private readonly searchWorker: SearchOutboxWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(user: AuthenticatedUser, input: RegisterHelperInput): Promise<NpoEntity> {
    const clean = cleanHelperInput(input, this.config.cityName);
    return this.write(clean, async (manager) => {
      const npo = await this.insert(manager, clean, {
        status: 'PENDING_REVIEW',
        source: 'REGISTRATION',
        registeredBy: user.id,
        decidedBy: null,
      });
      // The registrant looks after the profile while staff check it; they see it as 市の確認待ち.
      await this.members.addNpoMember(npo.id, user.id, manager);
      await this.record(manager, user.id, 'helper.registered', npo);
      return npo;
    });
  }

  async create(staff: AuthenticatedUser, input: RegisterHelperInput): Promise<NpoEntity> {
    if (!policies.canVerifyHelpers(staff)) throw forbidden();
    const clean = cleanHelperInput(input, this.config.cityName);
    return this.write(clean, async (manager) => {
      const npo = await this.insert(manager, clean, {
        status: 'ACTIVE',
        source: 'STAFF',
        registeredBy: staff.id,
        decidedBy: staff.id,
      });
      await enqueueSearchUpdates(manager, NPO_INDEX, [npo.id]);
      await this.record(manager, staff.id, 'helper.created-by-staff', npo);
      return npo;
    });
  }

  private async write(
    clean: CleanHelperInput,
    work: (manager: EntityManager) => Promise<NpoEntity>,
  ): Promise<NpoEntity> {
    try {
      const npo = await this.dataSource.transaction(async (manager) => {
        await this.helpers.lockName(manager, this.config.cityName, clean.kind, clean.name);
        if (await this.helpers.nameTaken(manager, this.config.cityName, clean.kind, clean.name)) {
          throw conflict(NAME_TAKEN[clean.kind]);
        }
        if (clean.corporateNumber && (await this.helpers.corporateNumberTaken(manager, clean.corporateNumber))) {
          throw conflict(helperMessages.corporateNumberTaken);
        }
        return work(manager);
      });
      this.searchWorker.nudge();
      return npo;
    } catch (error) {
      // Two registrations of one corporate number at once: the unique index decides.
      if (isUniqueViolation(error)) throw conflict(helperMessages.corporateNumberTaken);
      throw error;
    }
  }

  private async insert(
    manager: EntityManager,
    clean: CleanHelperInput,
    how: Pick<Parameters<HelperRepository['insert']>[1], 'status' | 'source' | 'registeredBy' | 'decidedBy'>,
  ): Promise<NpoEntity> {
    const npo = await this.helpers.insert(manager, {
      kind: clean.kind,
      name: clean.name,
      nameKana: clean.nameKana,
      city: this.config.cityName,
      ward: clean.ward,
      address: clean.address,
      purpose: clean.purpose,
      fields: clean.fields,
      corporateNumber: clean.corporateNumber,
      ...how,
    });
    if (clean.website) {
      const profile = this.profiles.merge(await this.profiles.findOrNew(npo.id), {
        website: clean.website,
        updatedAt: new Date(),
        updatedBy: how.registeredBy,
      });
      await this.profiles.save(profile, manager);
    }
    return npo;
  }

  private record(manager: EntityManager, actorUserId: string, action: string, npo: NpoEntity): Promise<void> {
    return this.audit.record(
      { actorUserId, action, targetType: 'npo', targetId: npo.id, detail: { name: npo.name, kind: npo.kind } },
      manager,
    );
  }
}
