import { Container, PageHeading, Stack } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { ConfirmationsSection } from './components/outreach/ConfirmationsSection';
import { FunnelSection } from './components/outreach/FunnelSection';
import { LettersSection } from './components/outreach/LettersSection';
import { QueueSection } from './components/outreach/QueueSection';
import { StaffOnlyPage } from './components/StaffOnlyPage';
import { useRefreshQueue } from './hooks/useRefreshQueue';
import './outreach.css';

const SECTIONS = ['queue', 'letters', 'funnel', 'confirmations'] as const;
type Section = (typeof SECTIONS)[number];
const sectionId = (s: Section) => `outreach-${s}`;

/**
 * Staff: 「NPOへのおつなぎ」. The city is the bridge to NPOs that do not use the service yet:
 * the groups waiting for each NPO, the letters to their registered address, how far that got,
 * and which NPOs checked their data-book entry. One page, its sections linked from the top,
 * each list kept short for a phone.
 */
export function OutreachPage() {
  const { t } = useTranslation();
  usePageTitle(t('outreach.title'));
  const { me, loading } = useMe();
  const refreshQueue = useRefreshQueue();
  if (loading) return null;
  if (!me || (me.role !== 'STAFF' && me.role !== 'ADMIN')) return <StaffOnlyPage title={t('outreach.title')} />;
  const section = (s: Section, body: ReactNode) => (
    <section aria-labelledby={sectionId(s)} className="outreach-section">
      <h2 id={sectionId(s)} tabIndex={-1}>
        {t(`outreach.sections.${s}`)}
      </h2>
      {body}
    </section>
  );
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('outreach.lead')}>{t('outreach.title')}</PageHeading>
        <nav aria-label={t('outreach.onThisPage')}>
          <ul className="outreach-toc">
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${sectionId(s)}`}>{t(`outreach.sections.${s}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {section('queue', <QueueSection />)}
        {section('letters', <LettersSection onLettersMade={refreshQueue} />)}
        {section('funnel', <FunnelSection />)}
        {section('confirmations', <ConfirmationsSection />)}
      </Stack>
    </Container>
  );
}
