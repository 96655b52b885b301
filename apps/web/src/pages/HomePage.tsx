import { Container, LinkCard, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RouterAnchor } from '../app/RouterAnchor';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../features/accounts/hooks/useMe';
import { LatestStories } from '../features/stories/components/LatestStories';

const BROWSE = ['npos', 'needs', 'marche'] as const;
const STEPS = ['one', 'two', 'three'] as const;
const PATHS = { npos: '/npos', needs: '/needs', marche: '/marche', needsNew: '/needs/new' } as const;

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle();
  const { me } = useMe();
  // undefined while the session is being checked: neither the sign-up card nor the writing one yet
  const signedOut = me === null;
  const jobs = me ? (['needsNew', ...BROWSE] as const) : BROWSE;
  return (
    <>
      <section className="home-hero" data-testid="home-hero" aria-labelledby="home-title">
        <Container>
          <Stack gap="md">
            <h1 id="home-title" className="home-hero__title">
              {t('home.title')}
            </h1>
            <p className="home-hero__lead">{t('home.lead')}</p>
          </Stack>
        </Container>
      </section>

      <Container>
        <section className="home-section" aria-labelledby="home-jobs">
          <h2 id="home-jobs">{t('home.jobs.title')}</h2>
          <ul className="home-jobs" role="list">
            {jobs.map((job) => (
              <li key={job}>
                <LinkCard href={PATHS[job]} as={RouterAnchor} title={t(`nav.${job}`)} data-testid={`home-card-${job}`}>
                  {t(`home.jobs.${job}`)}
                </LinkCard>
              </li>
            ))}
            {signedOut && (
              <li>
                <LinkCard
                  href="/signup"
                  as={RouterAnchor}
                  title={t('home.jobs.signupTitle')}
                  data-testid="home-card-signup"
                >
                  {t('home.jobs.signup')}
                </LinkCard>
              </li>
            )}
            <li>
              <LinkCard
                href="/helpers/new"
                as={RouterAnchor}
                title={t('helpers.homeTitle')}
                data-testid="home-card-helper"
              >
                {t('helpers.homeBody')}
              </LinkCard>
            </li>
          </ul>
          {signedOut && (
            <p>
              <Link to="/login" className="home-jobs__signin" data-testid="home-signin">
                {t('home.jobs.signIn')}
              </Link>
            </p>
          )}
        </section>

        <LatestStories />

        {signedOut && (
          <section className="home-section" aria-labelledby="home-steps">
            <h2 id="home-steps">{t('home.steps.title')}</h2>
            <ol className="home-steps" role="list">
              {STEPS.map((step) => (
                <li key={step} className="home-steps__item">
                  <h3>{t(`home.steps.${step}.title`)}</h3>
                  <p>{t(`home.steps.${step}.body`)}</p>
                </li>
              ))}
            </ol>
          </section>
        )}
      </Container>
    </>
  );
}
