import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title: the page's name, or the service's full name on the home page. */
export function usePageTitle(page?: string): void {
  const { t } = useTranslation();
  const title = page ? t('app.pageTitle', { page }) : t('app.homeTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
