import { type AppConfig, type DomainError, ErrorCode, contractError, currentLanguage } from '@tsunagu/shared/api-core';
import { cityOfficeName } from '../city-office/city-office-name';
import { outreachMessages } from '../outreach.messages';
import type { ClaimCodeRow } from './claim-code.repository';

/** Why a code did not let the person in; also `extensions.reason` and the audit row's reason. */
export type ClaimRefusal = 'WRONG' | 'EXPIRED' | 'USED' | 'REVOKED' | 'ALREADY_MEMBER';

/** Where the refusals send people: the city's office that writes the letters, with its number, in the caller's language. */
export const cityOffice = (config: AppConfig, language = currentLanguage()): string =>
  `${cityOfficeName(config, language)}${language === 'en' ? ', phone ' : '、電話 '}${config.cityOffice.phone}`;

/** What keeps an existing code from being used now, if anything. Revoked before used before expired. */
export function unusableBecause(row: ClaimCodeRow): Exclude<ClaimRefusal, 'WRONG' | 'ALREADY_MEMBER'> | null {
  if (row.revoked_at) return 'REVOKED';
  if (row.used_at) return 'USED';
  if (row.expired) return 'EXPIRED';
  return null;
}

/**
 * The refusal in plain words, each with a next step. A wrong code is NOT_FOUND and says nothing
 * more (never which NPO a near miss belongs to); the others are CONFLICT: the code exists.
 */
export function refusalError(reason: ClaimRefusal, config: AppConfig): DomainError {
  const office = { office: cityOffice(config) };
  switch (reason) {
    case 'WRONG':
      return contractError(ErrorCode.NOT_FOUND, outreachMessages.claimCodeWrong, { reason });
    case 'EXPIRED':
      return contractError(ErrorCode.CONFLICT, outreachMessages.claimCodeExpired, { reason }, office);
    case 'USED':
      return contractError(ErrorCode.CONFLICT, outreachMessages.claimCodeUsed, { reason }, office);
    case 'REVOKED':
      return contractError(ErrorCode.CONFLICT, outreachMessages.claimCodeRevoked, { reason }, office);
    case 'ALREADY_MEMBER':
      return contractError(ErrorCode.CONFLICT, outreachMessages.claimAlreadyMember, { reason });
  }
}
