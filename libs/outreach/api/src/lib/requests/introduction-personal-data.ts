import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { IntroductionRequestRepository } from './introduction-request.repository';

/** The requests' part of 「わたしのデータ」: which NPOs the person asked for, on which needs. */
@Injectable()
export class IntroductionPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly rows: IntroductionRequestRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'introductionsRequested', collect: (userId) => this.rows.madeBy(userId) });
  }
}
