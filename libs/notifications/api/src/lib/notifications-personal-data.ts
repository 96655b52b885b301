import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { NotificationRepository } from './notification.repository';

/** The notifications' part of 「わたしのデータ」: everything the person was told. */
@Injectable()
export class NotificationsPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly notifications: NotificationRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'notifications', collect: (userId) => this.notifications.of(userId) });
  }
}
