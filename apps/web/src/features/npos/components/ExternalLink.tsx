import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A link to another site, in a new tab; screen readers are told so. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="ui-visually-hidden">{t('npo.opensNewTab')}</span>
    </a>
  );
}
