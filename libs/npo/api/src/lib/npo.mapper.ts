import type { NpoEntity } from './entities/npo.entity';
import { CertificationKind, type HelperKind, Npo, type NpoCertification, NpoStatus } from './graphql/npo.model';

/** In force on `today` (ISO date): not revoked, not expired. */
export function certificationInForce(npo: NpoEntity, today = new Date().toISOString().slice(0, 10)): boolean {
  if (!npo.certificationKind || npo.certificationRevokedOn) return false;
  return !npo.certificationEndOn || npo.certificationEndOn >= today;
}

export function toNpoModel(entity: NpoEntity, cityName: string, claimed = false): Npo {
  const certification: NpoCertification | null = entity.certificationKind
    ? {
        kind: entity.certificationKind as CertificationKind,
        startOn: entity.certificationStartOn,
        endOn: entity.certificationEndOn,
        revokedOn: entity.certificationRevokedOn,
        current: certificationInForce(entity),
      }
    : null;
  return Object.assign(new Npo(), {
    id: entity.id,
    kind: entity.kind as HelperKind,
    corporateNumber: entity.corporateNumber,
    corporateNumberValid: entity.corporateNumberValid,
    name: entity.name,
    nameKana: entity.nameKana,
    jurisdiction: entity.jurisdiction,
    prefecture: entity.prefecture,
    city: entity.city,
    ward: entity.ward,
    address: entity.address,
    postalCode: entity.postalCode,
    inCity: entity.city === cityName,
    representative: entity.representative,
    authorizedOn: entity.authorizedOn,
    establishedOn: entity.establishedOn,
    purpose: entity.purpose,
    programmes: entity.programmes,
    otherBusiness: entity.otherBusiness,
    fields: entity.fields,
    certified: certification?.current ?? false,
    certification,
    supervision: entity.supervision,
    dissolution: entity.dissolution,
    status: entity.status as NpoStatus,
    portalUrl: entity.portalUrl,
    claimed,
    updatedAt: entity.updatedAt,
  });
}
