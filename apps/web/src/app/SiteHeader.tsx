import { useQuery } from '@apollo/client/react';
import { MyCentresDocument } from '@tsunagu/shared/graphql-client';
import { Container } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useMe } from '../features/accounts/hooks/useMe';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

const NAV_ITEMS = ['npos', 'needs', 'needsNew', 'marche', 'centre', 'login'] as const;
const PATHS: Record<(typeof NAV_ITEMS)[number], string> = {
  npos: '/npos',
  needs: '/needs',
  needsNew: '/needs/new',
  marche: '/marche',
  centre: '/centre',
  login: '/login',
};

export function SiteHeader() {
  const { t } = useTranslation();
  const { me } = useMe();
  // Only centre staff and the city's staff have a centre desk; the others never see the link.
  const hasCentre = (useQuery(MyCentresDocument, { skip: !me }).data?.myCentres.length ?? 0) > 0;
  const shown = (item: (typeof NAV_ITEMS)[number]) =>
    item === 'needsNew' ? Boolean(me) : item === 'centre' ? hasCentre : true;
  return (
    <header className="site-header">
      <Container className="site-header__bar">
        <Link to="/" className="site-brand">
          <span className="site-brand__name">{t('app.name')}</span>
          <span className="site-brand__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="site-header__tools">
          {me && <NotificationBell />}
          <LanguageSwitch />
        </div>
      </Container>
      {/* Always visible, never behind a menu button: on a phone the links become big buttons. */}
      <nav className="site-nav" aria-label={t('nav.label')}>
        <Container>
          <ul className="site-nav__list">
            {NAV_ITEMS.filter(shown).map((item) => (
              <li key={item} className={`site-nav__item site-nav__item--${item}`}>
                {item === 'login' && me ? (
                  <NavLink to="/me" className="site-nav__link" data-testid="nav-me">
                    {t('me.title')}
                  </NavLink>
                ) : (
                  <NavLink
                    to={PATHS[item]}
                    end={item === 'needs'}
                    className="site-nav__link"
                    data-testid={`nav-${item}`}
                  >
                    {t(`nav.${item}`)}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </Container>
      </nav>
    </header>
  );
}
