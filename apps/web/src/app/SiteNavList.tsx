import { useQuery } from '@apollo/client/react';
import { MyCentresDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../features/accounts/hooks/useMe';
import { useSignOut } from './useSignOut';

const NAV_ITEMS = ['npos', 'helpers', 'needs', 'needsNew', 'marche', 'centre', 'staff'] as const;
type NavItem = (typeof NAV_ITEMS)[number];
const PATHS: Record<NavItem, string> = {
  npos: '/npos',
  helpers: '/helpers',
  needs: '/needs',
  needsNew: '/needs/new',
  marche: '/marche',
  centre: '/centre',
  staff: '/staff',
};

/** The site's places, then the account's (sign in and sign up, or my page and sign out). */
export function SiteNavList() {
  const { t } = useTranslation();
  const { me } = useMe();
  const signOut = useSignOut();
  // Only centre staff and the city's staff have a centre desk; the others never see the link.
  const hasCentre = (useQuery(MyCentresDocument, { skip: !me }).data?.myCentres.length ?? 0) > 0;
  const shown = (item: NavItem) => {
    if (item === 'needsNew') return Boolean(me);
    if (item === 'centre') return hasCentre;
    if (item === 'staff') return Boolean(me && me.role !== 'MEMBER');
    return true;
  };
  const link = (item: string, to: string, label: string) => (
    <li key={item} className={`site-nav__item site-nav__item--${item}`}>
      <NavLink
        to={to}
        end={item === 'needs' || item === 'staff'}
        className="site-nav__link"
        data-testid={`nav-${item}`}
      >
        {label}
      </NavLink>
    </li>
  );
  return (
    <ul className="site-nav__list">
      {NAV_ITEMS.filter(shown).map((item) =>
        // On a phone the list sits in the menu, so one more item never widens the header row.
        link(item, PATHS[item], item === 'helpers' ? t('helperSearch.nav') : t(`nav.${item}`)),
      )}
      {me ? (
        <>
          {link('me', '/me', t('me.title'))}
          <li className="site-nav__item site-nav__item--signOut">
            <button type="button" className="site-nav__link" data-testid="nav-signOut" onClick={() => void signOut()}>
              {t('me.signOut')}
            </button>
          </li>
        </>
      ) : (
        <>
          {link('login', '/login', t('nav.login'))}
          {link('signup', '/signup', t('nav.signup'))}
        </>
      )}
    </ul>
  );
}
