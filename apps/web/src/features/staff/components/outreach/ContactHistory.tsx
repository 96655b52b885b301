import { useMutation } from '@apollo/client/react';
import type { OutreachContactFieldsFragment } from '@tsunagu/shared/graphql-client';
import { OutreachRemoveContactDocument } from '@tsunagu/shared/graphql-client';
import { Button } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../shared/InlineError';
import { errorMessage } from '../../../accounts/field-checks';
import { ContactSummary } from './ContactSummary';

export interface ContactHistoryProps {
  contacts: readonly OutreachContactFieldsFragment[];
  onRemoved: () => void;
}

/** Every contact the city recorded for the NPO, newest first, each with 「削除」 (asked twice). */
export function ContactHistory({ contacts, onRemoved }: ContactHistoryProps) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <p>{t('outreach.contact.noHistory')}</p>;
  return (
    <ul className="plain-list" data-testid="outreach-contact-history">
      {contacts.map((c) => (
        <li key={c.id} className="outreach-history-item">
          <ContactSummary contact={c} />
          <RemoveContact contact={c} onRemoved={onRemoved} />
        </li>
      ))}
    </ul>
  );
}

function RemoveContact({ contact, onRemoved }: { contact: OutreachContactFieldsFragment; onRemoved: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [remove, { loading, error }] = useMutation(OutreachRemoveContactDocument, {
    update(cache, { data }) {
      if (!data?.removeNpoContact) return;
      cache.evict({ id: cache.identify({ __typename: 'NpoContact', id: contact.id }) });
      cache.gc();
    },
  });
  const what = contact.phone ?? contact.email ?? contact.contactPerson ?? '';
  if (!asking) {
    return (
      <Button
        variant="secondary"
        onClick={() => setAsking(true)}
        aria-label={t('outreach.contact.removeNamed', { what })}
      >
        {t('outreach.contact.remove')}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={t('outreach.contact.removeNamed', { what })}>
      <p>{t('outreach.contact.removeSure')}</p>
      <div className="button-row">
        <Button
          disabled={loading}
          onClick={() =>
            void remove({ variables: { id: contact.id } }).then(
              () => onRemoved(),
              () => undefined,
            )
          }
        >
          {t('outreach.contact.removeYes')}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('outreach.contact.removeNo')}
        </Button>
      </div>
      {error && <InlineError>{errorMessage(error, t('form.tryAgain'))}</InlineError>}
    </div>
  );
}
