import { Container } from '@tsunagu/shared/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../features/accounts/hooks/useMe';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { SiteNavList } from './SiteNavList';
import { WIDE_SCREEN, useMediaQuery } from './useMediaQuery';

const MENU_ID = 'site-menu';

/**
 * On a wide screen, everything in view. On a phone, one row (the name, the bell, 「メニュー」)
 * so that the page itself starts on the first screen; the button opens the places, the account
 * and the language below it, pushing the page down rather than covering it.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const { me } = useMe();
  const wide = useMediaQuery(WIDE_SCREEN);
  const button = useRef<HTMLButtonElement>(null);
  const { key } = useLocation();
  // The menu is open on the page it was opened on: every navigation closes it, a tap on the link
  // of the page one is on included (its key is new too).
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === key;
  const setOpen = (value: boolean) => setOpenOn(value ? key : null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const nav = (
    <nav className="site-nav" aria-label={t('nav.label')} data-testid="site-nav">
      <SiteNavList />
    </nav>
  );

  return (
    <header className={`site-header ${wide ? 'site-header--wide' : 'site-header--phone'}`}>
      <Container className="site-header__bar">
        <Link to="/" className="site-brand">
          <span className="site-brand__name">{t('app.name')}</span>
          <span className={wide ? 'site-brand__tagline' : 'ui-visually-hidden'}>{t('app.tagline')}</span>
        </Link>
        <div className="site-header__tools">
          {me && <NotificationBell />}
          {wide ? (
            <LanguageSwitch />
          ) : (
            <button
              ref={button}
              type="button"
              className="site-menu-button"
              aria-expanded={open}
              aria-controls={MENU_ID}
              data-testid="menu-button"
              onClick={() => setOpen(!open)}
            >
              {t('header.menu')}
              <span className="site-menu-button__mark" aria-hidden="true">
                {open ? '▲' : '▼'}
              </span>
            </button>
          )}
        </div>
      </Container>
      {wide ? (
        <Container>{nav}</Container>
      ) : (
        <div id={MENU_ID} className="site-menu" hidden={!open}>
          <Container>
            {nav}
            <LanguageSwitch />
          </Container>
        </div>
      )}
    </header>
  );
}
