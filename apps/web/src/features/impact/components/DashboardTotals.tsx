import type { CityDashboardQuery } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../dashboard-format';

type Totals = CityDashboardQuery['cityDashboard']['totals'];

/** The period's headline figures, large, each with what it counts in words. */
export function DashboardTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const days = (d: number | null) => (d === null ? '—' : t('impact.days', { days: d }));
  const figures: Array<
    [keyof Omit<Totals, 'groups' | 'shareWithOffer' | 'shareMatched' | 'shareDone' | '__typename'>, string, string?]
  > = [
    ['needs', String(totals.needs)],
    ['withOffer', String(totals.withOffer), formatShare(totals.shareWithOffer)],
    ['matched', String(totals.matched), formatShare(totals.shareMatched)],
    ['done', String(totals.done), formatShare(totals.shareDone)],
    ['openNow', String(totals.openNow)],
    ['medianDaysToFirstOffer', days(totals.medianDaysToFirstOffer)],
    ['medianDaysToMatch', days(totals.medianDaysToMatch)],
  ];
  return (
    <dl className="dashboard-totals" data-testid="dashboard-totals">
      {figures.map(([key, value, share]) => (
        <div key={key} className="dashboard-totals__item" data-testid={`total-${key}`}>
          <dt>{t(`impact.totals.${key}`)}</dt>
          <dd>
            <span className="dashboard-totals__value">{value}</span>
            {share && <span className="dashboard-totals__share">{t('impact.shareOfNeeds', { share })}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
