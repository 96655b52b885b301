import { useMutation } from '@apollo/client/react';
import { type MarcheApplicationItemFragment, WithdrawMarcheApplicationDocument } from '@tsunagu/shared/graphql-client';
import { Button } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { WishesForMyNpo } from '../MarcheOutreach';
import { EditMarcheApplication } from './EditMarcheApplication';
import { MarcheStatusTag } from './MarcheStatusTag';
import { ErrorNotice } from '../../../shared/ErrorNotice';

const ACTIVE = new Set(['PENDING', 'ACCEPTED', 'WAITLISTED']);

/** The NPO's own applications to this event: status, reason, edit, withdraw. */
export function MyMarcheApplications({
  applications,
  typeName,
  onWithdrawn,
}: {
  applications: MarcheApplicationItemFragment[];
  typeName: (code: string) => string;
  /** places left and waitlist positions move on the server */
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const [withdraw, { loading, error }] = useMutation(WithdrawMarcheApplicationDocument);
  return (
    <section aria-labelledby="marche-mine">
      <h2 id="marche-mine">{t('marche.mine')}</h2>
      {applications[0] && <WishesForMyNpo eventId={applications[0].eventId} />}
      <ErrorNotice error={error} />
      <ul className="npo-results" role="list" data-testid="marche-mine">
        {applications.map((a) => (
          <li key={a.id}>
            <article className="offer-card">
              <h3 className="offer-card__npo">{a.npoName}</h3>
              <p>{t('staff.labelled', { label: typeName(a.boothType), value: a.title })}</p>
              <p>
                <MarcheStatusTag application={a} />
              </p>
              {a.status === 'REJECTED' && a.reviewReason && (
                <p>{t('staff.labelled', { label: t('marche.reason'), value: a.reviewReason })}</p>
              )}
              {ACTIVE.has(a.status) && <EditMarcheApplication application={a} />}
              {ACTIVE.has(a.status) && (
                <Button
                  variant="secondary"
                  disabled={loading}
                  aria-label={t('marche.withdrawFor', { name: a.npoName })}
                  onClick={() => {
                    if (!window.confirm(t('marche.withdrawConfirm'))) return;
                    void withdraw({ variables: { id: a.id } }).then(onWithdrawn, () => undefined);
                  }}
                >
                  {t('marche.withdraw')}
                </Button>
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
