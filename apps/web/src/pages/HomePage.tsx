import { Container, LinkCard, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../app/RouterAnchor';
import { usePageTitle } from '../app/usePageTitle';

const JOBS = ['npos', 'needs', 'marche'] as const;
const STEPS = ['one', 'two', 'three'] as const;

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle();
  return (
    <>
      <section className="home-hero" data-testid="home-hero" aria-labelledby="home-title">
        <Container>
          <Stack gap="lg">
            <h1 id="home-title" className="home-hero__title">
              {t('home.title')}
            </h1>
            <p className="home-hero__lead">{t('home.lead')}</p>
            <div className="home-hero__audiences">
              {(['forGroups', 'forNpos'] as const).map((audience) => (
                <div key={audience} className="home-hero__audience">
                  <h2 className="home-hero__audience-title">{t(`home.${audience}.title`)}</h2>
                  <p>{t(`home.${audience}.body`)}</p>
                </div>
              ))}
            </div>
          </Stack>
        </Container>
      </section>

      <Container>
        <section className="home-section" aria-labelledby="home-jobs">
          <h2 id="home-jobs">{t('home.jobs.title')}</h2>
          <ul className="home-jobs" role="list">
            {JOBS.map((job) => (
              <li key={job}>
                <LinkCard href={`/${job}`} as={RouterAnchor} title={t(`nav.${job}`)} data-testid={`home-card-${job}`}>
                  {t(`home.jobs.${job}`)}
                </LinkCard>
              </li>
            ))}
          </ul>
        </section>

        <section className="home-section" aria-labelledby="home-steps">
          <h2 id="home-steps">{t('home.steps.title')}</h2>
          <p>{t('home.steps.intro')}</p>
          <ol className="home-steps" role="list">
            {STEPS.map((step) => (
              <li key={step} className="home-steps__item">
                <h3>{t(`home.steps.${step}.title`)}</h3>
                <p>{t(`home.steps.${step}.body`)}</p>
              </li>
            ))}
          </ol>
        </section>
      </Container>
    </>
  );
}
