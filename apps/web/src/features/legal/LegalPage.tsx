import { Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';

export type LegalPageName = 'privacy' | 'terms' | 'contact';
const PAGES: readonly LegalPageName[] = ['privacy', 'terms', 'contact'];

/** A long page (the privacy policy: many screens at 200 % text) opens with its contents, to jump to a section. */
const CONTENTS_FROM = 8;

interface LegalSection {
  title: string;
  body?: string[];
  items?: string[];
}

/**
 * One of the pages about the service itself: its heading, the note that the city has not adopted
 * the text yet, short sections from the catalogue (so both languages say the same), then the
 * other two pages.
 */
export function LegalPage({ page, children }: { page: LegalPageName; children?: ReactNode }) {
  const { t } = useTranslation();
  const title = t(`legal.${page}.title`);
  usePageTitle(title);
  const sections = t(`legal.${page}.sections`, { returnObjects: true }) as readonly LegalSection[];
  return (
    <Container width="narrow" className="page legal-page">
      <Stack gap="lg">
        <PageHeading lead={t(`legal.${page}.lead`)}>{title}</PageHeading>
        <div data-testid="legal-draft">
          <Notice tone="warning" title={t('legal.draftTitle')}>
            <p>{t('legal.draft')}</p>
          </Notice>
        </div>
        {children}
        {sections.length > CONTENTS_FROM && (
          <nav aria-labelledby="legal-contents" className="legal-page__contents">
            <h2 id="legal-contents">{t('legal.contents')}</h2>
            <ol className="legal-page__list">
              {sections.map((section, index) => (
                <li key={section.title}>
                  <a href={`#legal-section-${index + 1}`}>{section.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        {sections.map((section, index) => (
          <section key={section.title} className="legal-page__section" aria-labelledby={`legal-section-${index + 1}`}>
            <h2 id={`legal-section-${index + 1}`}>{section.title}</h2>
            {section.items && (
              <ul className="legal-page__list">
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
            {section.body?.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </section>
        ))}
        <nav aria-labelledby="legal-related" className="legal-page__section">
          <h2 id="legal-related">{t('legal.related')}</h2>
          <ul className="legal-page__list">
            {PAGES.filter((other) => other !== page).map((other) => (
              <li key={other}>
                <Link to={`/${other}`}>{t(`legal.${other}.title`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </Stack>
    </Container>
  );
}
