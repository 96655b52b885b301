import { useMutation, useQuery } from '@apollo/client/react';
import { PendingHelpersDocument, RefuseHelperDocument, VerifyHelperDocument } from '@tsunagu/shared/graphql-client';
import { ButtonLink } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { formatDay } from '../../../shared/format-date';
import { helperKindLabel } from '../../../shared/helper-kind';
import { wardLabel } from '../../../shared/ward-label';
import { RefuseWithReason } from './RefuseWithReason';

/**
 * Staff: companies, university groups and other organisations that registered themselves, with
 * who registered them (private), to verify or to refuse with a reason the registrant is told.
 */
export function PendingHelpersSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const { data, refetch } = useQuery(PendingHelpersDocument);
  const [verify] = useMutation(VerifyHelperDocument);
  const [refuse] = useMutation(RefuseHelperDocument);
  const act = async (action: () => Promise<unknown>) => {
    await action().catch(() => null);
    // Refetched: the server decides what stays pending (another staff member may have decided first).
    await refetch();
  };
  const items = data?.pendingHelpers;
  return (
    <section aria-labelledby="staff-helpers">
      <h2 id="staff-helpers">{t('staffHelpers.title')}</h2>
      <p>
        <ButtonLink href="/staff/helpers/new" as={RouterAnchor} variant="secondary" data-testid="staff-helper-new">
          {t('staffHelpers.newLink')}
        </ButtonLink>
      </p>
      {items?.length === 0 && <p>{t('staff.none')}</p>}
      <ul className="plain-list" data-testid="pending-helpers">
        {items?.map((h) => (
          <li key={h.npo.id} className="staff-item">
            <strong>
              <Link to={`/npos/${h.npo.id}`}>{h.npo.name}</Link>
            </strong>
            {t('staff.inBrackets', {
              value: [helperKindLabel(h.npo.kind, t), h.npo.ward && wardLabel(h.npo.ward, lang), h.npo.address]
                .filter(Boolean)
                .join(t('staff.listJoin')),
            })}
            <br />
            {t('staff.labelled', {
              label: t('staffHelpers.registrant'),
              value: [h.registrantName ?? '—', h.registrantEmail ?? '—', formatDay(h.registeredAt, lang)].join(
                t('staff.separator'),
              ),
            })}
            <p className="npo-page__text">{h.npo.purpose}</p>
            <RefuseWithReason
              name={h.npo.name}
              verify={() => act(() => verify({ variables: { id: h.npo.id } }))}
              refuse={(reason) => act(() => refuse({ variables: { id: h.npo.id, reason } }))}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
