import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NpoDirectoryPort } from '@tsunagu/accounts/api';
import { NpoRepository } from './npo.repository';

/**
 * Gives accounts (NPO claims, memberships in the personal-data export) the NPOs' names through
 * its NpoDirectoryPort: npo imports accounts, so accounts cannot import npo back.
 */
@Injectable()
export class NpoDirectoryAttacher implements OnModuleInit {
  constructor(
    private readonly port: NpoDirectoryPort,
    private readonly npos: NpoRepository,
  ) {}

  onModuleInit(): void {
    this.port.attach({ namesOf: (ids) => this.npos.namesOf(ids), isClaimable: (id) => this.npos.isClaimable(id) });
  }
}
