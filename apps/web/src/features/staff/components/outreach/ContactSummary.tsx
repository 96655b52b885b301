import type { OutreachContactFieldsFragment } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../../shared/format-date';
import { telHref } from '../../outreach-format';

/** A contact the city holds for an NPO: a phone to tap, an email, the person, where it came from and when. */
export function ContactSummary({ contact }: { contact: OutreachContactFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const source = t(`outreach.contact.source.${contact.source}`);
  return (
    <dl className="outreach-facts" data-testid="outreach-contact">
      {contact.phone && (
        <div>
          <dt>{t('outreach.contact.phone')}</dt>
          <dd>
            <a href={telHref(contact.phone)}>{contact.phone}</a>
          </dd>
        </div>
      )}
      {contact.email && (
        <div>
          <dt>{t('outreach.contact.email')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </div>
      )}
      {contact.contactPerson && (
        <div>
          <dt>{t('outreach.contact.person')}</dt>
          <dd>{contact.contactPerson}</dd>
        </div>
      )}
      <div>
        <dt>{t('outreach.contact.from')}</dt>
        <dd>
          {[
            contact.sourceNote ? t('outreach.withExtra', { main: source, extra: contact.sourceNote }) : source,
            formatDay(contact.notedOn, i18n.resolvedLanguage),
            contact.recordedByName ? t('outreach.contact.recordedBy', { name: contact.recordedByName }) : null,
          ]
            .filter(Boolean)
            .join(t('outreach.and'))}
        </dd>
      </div>
    </dl>
  );
}
