import type { OutreachQueueQuery } from '@tsunagu/shared/graphql-client';
import { Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../../shared/format-date';
import { ContactSummary } from './ContactSummary';
import { ContactsPanel } from './ContactsPanel';
import { ForwardButtons } from './ForwardButtons';
import { LetterForOne } from './LetterForOne';
import { RequestList } from './RequestList';
import { wardLabel } from '../../../../shared/ward-label';

export type QueueItem = OutreachQueueQuery['introductionRequests'][number];

const OPEN = new Set(['WAITING', 'FORWARDED']);

/**
 * One NPO that groups wait for: what staff need for a call or a letter (the registered address
 * and representative, the contact the city holds), the groups that wait, and what staff did.
 */
export function QueueItemCard({ item, onChanged }: { item: QueueItem; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { npo } = item;
  const headingId = `outreach-npo-${npo.id}`;
  const open = item.requests.some((r) => OPEN.has(r.status));
  // What staff need for a call or a letter, as a list of facts.
  const facts: Array<[string, string]> = [
    [t('outreach.queue.ward'), npo.ward ? wardLabel(npo.ward, i18n.resolvedLanguage) : '—'],
    [t('outreach.queue.address'), npo.address ?? '—'],
    [t('outreach.queue.representative'), npo.representative ?? '—'],
    [
      t('outreach.queue.letters'),
      item.lettersPrinted === 0
        ? t('outreach.queue.noLetters')
        : t('outreach.queue.lettersSent', {
            count: item.lettersPrinted,
            day: formatDay(item.lastLetterAt, i18n.resolvedLanguage),
          }),
    ],
  ];
  return (
    <article className="outreach-card" aria-labelledby={headingId} data-testid="outreach-item">
      <h3 id={headingId} className="outreach-card__title">
        <Link to={`/npos/${npo.id}`}>{npo.name}</Link>
      </h3>
      <p className="outreach-line">
        {item.reminderDue && (
          <>
            <Tag tone="warning" data-testid="outreach-reminder">
              {t('outreach.queue.reminderDue')}
            </Tag>{' '}
          </>
        )}
        {item.hasMembers && (
          <>
            <Tag tone="primary">{t('outreach.queue.hasMembers')}</Tag>{' '}
          </>
        )}
        <strong>{t('outreach.queue.waitingDays', { count: item.waitingDays })}</strong>
        {t('outreach.queue.since', { day: formatDay(item.oldestRequestedAt, i18n.resolvedLanguage) })}
      </p>
      <dl className="outreach-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('outreach.queue.groups', { count: item.requests.length })}</h4>
      <RequestList requests={item.requests} onChanged={onChanged} />
      <h4>{t('outreach.queue.contact')}</h4>
      {item.contact ? <ContactSummary contact={item.contact} /> : <p>{t('outreach.queue.noContact')}</p>}
      {open && <ForwardButtons npoId={npo.id} npoName={npo.name} onChanged={onChanged} />}
      <div className="button-row">
        <LetterForOne npoId={npo.id} npoName={npo.name} onMade={onChanged} />
      </div>
      <ContactsPanel npoId={npo.id} npoName={npo.name} onChanged={onChanged} />
    </article>
  );
}
