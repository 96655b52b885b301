import type { SupportSchemeFieldsFragment } from '@tsunagu/shared/graphql-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SchemeOffice } from './SchemeOffice';

interface Props {
  scheme: SupportSchemeFieldsFragment;
  /** the heading level in the page around it */
  level?: 2 | 3;
  /** what goes between the summary and who may use it (a need's reasons) */
  children?: ReactNode;
}

/** One city scheme: what it offers, who may use it, how to apply, whom to call. */
export function SchemeCard({ scheme, level = 2, children }: Props) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="offer-card scheme-card" data-testid="scheme-card" aria-labelledby={`scheme-${scheme.id}`}>
      <Heading id={`scheme-${scheme.id}`} className="offer-card__npo">
        {scheme.name}
      </Heading>
      <p>
        <span className="offer-card__label">{t('schemes.offers')}</span>
        {scheme.summary}
      </p>
      {children}
      <p>
        <span className="offer-card__label">{t('schemes.eligibility')}</span>
        {scheme.eligibility}
      </p>
      <p>
        <span className="offer-card__label">{t('schemes.howToApply')}</span>
        {scheme.howToApply}
      </p>
      <SchemeOffice scheme={scheme} />
    </article>
  );
}
