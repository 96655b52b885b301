import { useQuery } from '@apollo/client/react';
import { NeedSchemesDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SchemeCard } from './SchemeCard';
import '../schemes.css';

/**
 * 「市の制度も使えます」: the city's schemes that fit a need, with why. Nothing fits, nothing is
 * shown but the link to every scheme: an empty box would only say "no".
 */
export function SchemeSuggestions({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(NeedSchemesDocument, { variables: { needId } });
  const fits = data?.matchSchemesForNeed ?? [];
  return (
    <>
      {fits.length > 0 && (
        <section aria-labelledby="need-schemes" data-testid="scheme-suggestions">
          <h2 id="need-schemes">{t('schemes.suggestions.title')}</h2>
          <p>{t('schemes.suggestions.lead')}</p>
          <ul className="offer-list" role="list">
            {fits.map(({ scheme, reasons }) => (
              <li key={scheme.id}>
                <SchemeCard scheme={scheme} level={3}>
                  <p className="offer-card__label">{t('schemes.suggestions.why')}</p>
                  <ul className="reason-list" data-testid="scheme-reasons">
                    {reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </SchemeCard>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to="/schemes" className="scheme-suggestions__all" data-testid="all-schemes-link">
          {t('schemes.suggestions.all')}
        </Link>
      </p>
    </>
  );
}
