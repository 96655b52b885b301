import { cleanText, isValidCorporateNumber, normalizeKana, normalizeText, parseAddress } from '@tsunagu/npo/open-data';
import { badUserInput } from '@tsunagu/shared/api-core';
import { HelperKind } from '../graphql/npo.model';
import { helperMessages } from './helper.messages';
import type { RegisterHelperInput } from './register-helper.input';

/** A registration as it is stored: trimmed, the ward known, the corporate number checked. */
export interface CleanHelperInput {
  readonly kind: 'COMPANY' | 'UNIVERSITY' | 'OTHER';
  readonly name: string;
  readonly nameKana: string | null;
  readonly ward: string | null;
  readonly address: string | null;
  readonly purpose: string;
  readonly fields: number[];
  readonly corporateNumber: string | null;
  readonly website: string | null;
}

/**
 * The rules class-validator cannot say: NPOs are not registered here (they are in the open data,
 * to be claimed), a place is needed (the ward, or an address in the city), and a corporate number
 * is a company's and has a valid check digit.
 */
export function cleanHelperInput(input: RegisterHelperInput, cityName: string): CleanHelperInput {
  if (input.kind === HelperKind.NPO) throw badUserInput(helperMessages.npoKindRefused, 'kind');
  const address = input.address ? cleanText(input.address) || null : null;
  const ward = input.ward ?? (address ? parseAddress(address, cityName).ward : null);
  if (!ward && !address) throw badUserInput(helperMessages.placeMissing, 'ward');
  const corporateNumber = input.corporateNumber ? normalizeText(input.corporateNumber).replace(/-/g, '') : null;
  if (corporateNumber && input.kind !== HelperKind.COMPANY) {
    throw badUserInput(helperMessages.corporateNumberCompaniesOnly, 'corporateNumber');
  }
  if (corporateNumber && !isValidCorporateNumber(corporateNumber)) {
    throw badUserInput(helperMessages.corporateNumberInvalid, 'corporateNumber');
  }
  return {
    kind: input.kind,
    name: cleanText(input.name).replace(/\s+/g, ' '),
    nameKana: input.nameKana ? normalizeKana(input.nameKana) || null : null,
    ward,
    address,
    purpose: cleanText(input.purpose),
    fields: [...new Set(input.fields ?? [])].sort((a, b) => a - b),
    corporateNumber,
    website: input.website?.trim() || null,
  };
}
