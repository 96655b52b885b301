import { useMutation } from '@apollo/client/react';
import {
  type MarcheApplicationItemFragment,
  type MarcheEventQuery,
  ReviewMarcheApplicationDocument,
} from '@tsunagu/shared/graphql-client';
import { Button } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { placesLeft } from '../marche-format';
import { StaffApplicationItem } from './StaffApplicationItem';

interface Props {
  boothType: MarcheEventQuery['marcheEvent']['boothTypes'][number];
  applications: MarcheApplicationItemFragment[];
  onReviewed: () => Promise<void>;
}

/** The applications for one kind of booth, with its count and "accept all waiting". */
export function StaffBoothTypeApplications({ boothType: bt, applications, onReviewed }: Props) {
  const { t } = useTranslation();
  const [review, { loading }] = useMutation(ReviewMarcheApplicationDocument);
  const pending = applications.filter((a) => a.status === 'PENDING');
  return (
    <section aria-labelledby={`marche-type-${bt.code}`} className="marche-type-group">
      <h3 id={`marche-type-${bt.code}`}>
        {bt.name}
        <span className="marche-type-group__count">
          {t('marche.typeCount', {
            taken: bt.taken,
            capacity: bt.capacity,
            left: placesLeft(bt),
            waiting: bt.waitlisted,
          })}
        </span>
      </h3>
      {pending.length > 0 && (
        <div className="button-row">
          <Button
            variant="secondary"
            disabled={loading}
            onClick={() =>
              void Promise.all(
                pending.map((a) => review({ variables: { id: a.id, decision: 'ACCEPT', reason: null } })),
              ).then(onReviewed, () => undefined)
            }
            data-testid={`marche-accept-all-${bt.code}`}
          >
            {t('marche.acceptAll', { count: pending.length })}
          </Button>
        </div>
      )}
      {applications.length === 0 ? (
        <p>{t('marche.noApplications')}</p>
      ) : (
        <ul className="plain-list" data-testid={`marche-apps-${bt.code}`}>
          {applications.map((a) => (
            <StaffApplicationItem key={a.id} application={a} onReviewed={onReviewed} />
          ))}
        </ul>
      )}
    </section>
  );
}
