import { CreateDemoSeed1764000000000 } from './1764000000000-create-demo-seed';
import { CreateNpoTables1764100000000 } from './1764100000000-create-npo-tables';
import { CreateAccountsAndMail1764200000000 } from './1764200000000-create-accounts-and-mail';
import { CreateGroupsClaimsProfiles1764300000000 } from './1764300000000-create-groups-claims-profiles';
import { CreateNeedsOffers1764400000000 } from './1764400000000-create-needs-offers';
import { CreateDataBooks1764500000000 } from './1764500000000-create-data-books';
import { CreateMarche1764600000000 } from './1764600000000-create-marche';
import { AddMarcheLayout1764700000000 } from './1764700000000-add-marche-layout';
import { AddMarcheInvitationsWishes1764800000000 } from './1764800000000-add-marche-invitations-wishes';
import { AddImportRunHeartbeat1764900000000 } from './1764900000000-add-import-run-heartbeat';
import { FixMarcheAnswersDefault1764910000000 } from './1764910000000-fix-marche-answers-default';
import { AddDataBookHeartbeat1764910001000 } from './1764910001000-add-data-book-heartbeat';
import { AccountThrottleAndSignUpConfirmation1764920000000 } from './1764920000000-account-throttle-and-sign-up-confirmation';
import { CityAsBridge1764970000000 } from './1764970000000-city-as-bridge';
import { OfferReplyDeadline1764980000000 } from './1764980000000-offer-reply-deadline';
import { AssistedMode1765000000000 } from './1765000000000-assisted-mode';
import { OtherHelpers1765100000000 } from './1765100000000-other-helpers';
import { SupportSchemes1765110000000 } from './1765110000000-support-schemes';
import { NotificationMessageKey1765120000000 } from './1765120000000-notification-message-key';
import { SchoolDistricts1765200000000 } from './1765200000000-school-districts';
import { Stories1765210000000 } from './1765210000000-stories';

/**
 * Every migration, listed explicitly (no globs), so that the compiled app, Jest and the CLI
 * all run exactly the same set in the same order.
 */
export const MIGRATIONS = [
  CreateDemoSeed1764000000000,
  CreateNpoTables1764100000000,
  CreateAccountsAndMail1764200000000,
  CreateGroupsClaimsProfiles1764300000000,
  CreateNeedsOffers1764400000000,
  CreateDataBooks1764500000000,
  CreateMarche1764600000000,
  AddMarcheLayout1764700000000,
  AddMarcheInvitationsWishes1764800000000,
  AddImportRunHeartbeat1764900000000,
  FixMarcheAnswersDefault1764910000000,
  AddDataBookHeartbeat1764910001000,
  AccountThrottleAndSignUpConfirmation1764920000000,
  CityAsBridge1764970000000,
  OfferReplyDeadline1764980000000,
  AssistedMode1765000000000,
  OtherHelpers1765100000000,
  SupportSchemes1765110000000,
  NotificationMessageKey1765120000000,
  SchoolDistricts1765200000000,
  Stories1765210000000,
];
