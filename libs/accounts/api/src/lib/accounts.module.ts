import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogRepository } from './audit/audit-log.repository';
import { AuditLogService } from './audit/audit-log.service';
import { AccountService } from './auth/account.service';
import { AttemptLimiter } from './auth/attempt-limiter';
import { AuthThrottleRepository } from './auth/auth-throttle.repository';
import { PasswordGate } from './auth/password-gate';
import { PasswordResetRepository } from './auth/password-reset.repository';
import { PendingSignUpRepository } from './auth/pending-sign-up.repository';
import { UserSessionRepository } from './auth/user-session.repository';
import { SignUpService } from './auth/sign-up.service';
import { PolicyGuard } from './auth/policy.guard';
import { SessionMiddleware } from './auth/session.middleware';
import { SessionService } from './auth/session.service';
import { AuditLogEntity } from './entities/audit-log.entity';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { PendingSignUpEntity } from './entities/pending-sign-up.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { UserSessionEntity } from './entities/user-session.entity';
import { AccountResolver } from './graphql/account.resolver';
import { NpoClaimResolver } from './claims/npo-claim.resolver';
import { NpoClaimRepository } from './claims/npo-claim.repository';
import { NpoClaimService } from './claims/npo-claim.service';
import { CommunityGroupEntity } from './entities/community-group.entity';
import { SchoolDistrictEntity } from './entities/school-district.entity';
import { NpoClaimEntity } from './entities/npo-claim.entity';
import { CommunityGroupResolver } from './groups/community-group.resolver';
import { CommunityGroupRepository } from './groups/community-group.repository';
import { CommunityGroupService } from './groups/community-group.service';
import { GroupInviteRepository } from './groups/group-invite.repository';
import { MembershipRepository } from './memberships/membership.repository';
import { ClaimedNposRepository } from './memberships/claimed-npos.repository';
import { MembershipService } from './memberships/membership.service';
import { GroupDirectory } from './lookup/group-directory.repository';
import { PeopleDirectory } from './lookup/people-directory.repository';
import { GroupSeeding } from './lookup/group-seeding.repository';
import { GroupNamesRepository } from './lookup/group-names.repository';
import { GroupAreasRepository } from './lookup/group-areas.repository';
import { NpoDirectoryPort } from './npo-directory/npo-directory.port';
import { PersonalDataService } from './privacy/personal-data.service';
import { PersonalDataController } from './privacy/personal-data.controller';
import { PrivacyResolver } from './privacy/privacy.resolver';
import { UserAccountRepository } from './users/user-account.repository';
import { SchoolDistrictRepository } from './school-districts/school-district.repository';
import { SchoolDistrictResolver } from './school-districts/school-district.resolver';
import { SchoolDistrictService } from './school-districts/school-district.service';
import { CentreStaffService } from './proxies/centre-staff.service';
import { GroupDelegateService } from './proxies/group-delegate.service';
import { ProxiesResolver } from './proxies/proxies.resolver';
import { ProxyAccessRepository } from './proxies/proxy-access.repository';

export const ACCOUNT_ENTITIES = [
  UserAccountEntity,
  UserSessionEntity,
  PasswordResetEntity,
  PendingSignUpEntity,
  AuditLogEntity,
  CommunityGroupEntity,
  SchoolDistrictEntity,
  NpoClaimEntity,
];

/**
 * People, sessions and who may do what. The session middleware runs on every request; the
 * policy guard is global, so any resolver or controller marked @RequirePolicy is checked here.
 */
@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNT_ENTITIES)],
  controllers: [PersonalDataController],
  providers: [
    UserAccountRepository,
    UserSessionRepository,
    PasswordResetRepository,
    PendingSignUpRepository,
    AuditLogRepository,
    CommunityGroupRepository,
    GroupInviteRepository,
    MembershipRepository,
    NpoClaimRepository,
    NpoDirectoryPort,
    SessionService,
    AccountService,
    AuthThrottleRepository,
    AttemptLimiter,
    PasswordGate,
    SignUpService,
    AuditLogService,
    AccountResolver,
    MembershipService,
    GroupNamesRepository,
    GroupAreasRepository,
    CommunityGroupService,
    CommunityGroupResolver,
    NpoClaimService,
    ClaimedNposRepository,
    NpoClaimResolver,
    PersonalDataService,
    PrivacyResolver,
    GroupDirectory,
    PeopleDirectory,
    GroupSeeding,
    ProxyAccessRepository,
    CentreStaffService,
    GroupDelegateService,
    ProxiesResolver,
    SchoolDistrictRepository,
    SchoolDistrictService,
    SchoolDistrictResolver,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [
    AccountService,
    // rate limits of other domains' guessable inputs (the outreach claim codes)
    AttemptLimiter,
    SessionService,
    AuditLogService,
    MembershipService,
    GroupNamesRepository,
    // the city's figures per ward and 校区
    GroupAreasRepository,
    CommunityGroupService,
    NpoClaimService,
    GroupDirectory,
    PeopleDirectory,
    GroupSeeding,
    NpoDirectoryPort,
    CentreStaffService,
    ProxyAccessRepository,
    // a group's 校区, chosen when a 市民センター registers it
    SchoolDistrictService,
    // for the demo seed, which writes the demo groups, memberships and claims
    CommunityGroupRepository,
    MembershipRepository,
    NpoClaimRepository,
    ClaimedNposRepository,
  ],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
