import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterDisclosureProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** how many filters are chosen, shown on the closed summary so nothing chosen is hidden */
  active: number;
  children: ReactNode;
}

/**
 * The ward and field chips folded under one line on a phone: thirty chips were three screens
 * between 検索 and the results. A native <details>, so it opens by keyboard and touch alike.
 */
export function FilterDisclosure({ open, onOpenChange, active, children }: FilterDisclosureProps) {
  const { t } = useTranslation();
  return (
    <details
      className="search-filters"
      open={open}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
      data-testid="npo-filters"
    >
      <summary className="search-filters__summary" data-testid="npo-filters-toggle">
        <span className="search-filters__title">{t('npoSearch.filters')}</span>
        {active > 0 && (
          <span className="search-filters__active" data-testid="npo-filters-active">
            {t('npoSearch.filtersActive', { count: active })}
          </span>
        )}
      </summary>
      <div className="search-filters__body">{children}</div>
    </details>
  );
}
