import { Tag } from '@tsunagu/shared/ui';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export interface ProxyEntryView {
  readonly kind: 'CENTRE' | 'CITY' | 'DELEGATE' | 'PHONE';
  readonly name?: string | null;
}

/** The words of a proxy mark, in the UI's language. */
export function proxyMarkText(t: TFunction, entry: ProxyEntryView): string {
  const name = entry.name ?? '';
  if (entry.kind === 'PHONE') return name ? t('proxy.phone', { name }) : t('proxy.phoneCity');
  if (entry.kind === 'CENTRE' && name) return t('proxy.centre', { name });
  if (entry.kind === 'DELEGATE' && name) return t('proxy.delegate', { name });
  return t('proxy.city');
}

/**
 * Who entered something for a group that was not its officer (「黒崎市民センターが代理で入力」):
 * the other side must always be able to tell the officer's own words from a proxy's.
 */
export function ProxyMark({ entry }: { entry: ProxyEntryView | null | undefined }) {
  const { t } = useTranslation();
  if (!entry) return null;
  return (
    <Tag tone="primary" className="proxy-mark" data-testid="proxy-mark">
      {proxyMarkText(t, entry)}
    </Tag>
  );
}
