import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IntroductionRequest } from '../hooks/useNeedIntroductions';
import { formatDay } from '../../../shared/format-date';
import { IntroductionStatus } from './IntroductionStatus';

/** 「お願いしたNPO」: each NPO the group asked, when, where it stands, and its offer once it came. */
export function NeedIntroductionList({ requests }: { requests: IntroductionRequest[] }) {
  const { t, i18n } = useTranslation();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="need-introductions">
      <h2 id="need-introductions">{t('introductions.sectionTitle')}</h2>
      <ul className="offer-list" role="list" data-testid="need-introductions">
        {requests.map((r) => (
          <li key={r.id}>
            <article className="offer-card" data-testid="need-introduction">
              <h3 className="offer-card__npo">
                <Link to={`/npos/${r.npoId}`}>{r.npoName}</Link>
              </h3>
              <p>{t('introductions.askedOn', { date: formatDay(r.requestedAt, i18n.resolvedLanguage) })}</p>
              <IntroductionStatus request={r} />
              {r.offerId && (
                <p>
                  <Link
                    to={`/offers/${r.offerId}`}
                    className="offer-card__thread"
                    aria-label={t('introductions.seeOfferOf', { name: r.npoName })}
                  >
                    {t('introductions.seeOffer')}
                  </Link>
                </p>
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
