import { useQuery } from '@apollo/client/react';
import { OutreachContactsDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack } from '@tsunagu/shared/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../../app/TryAgainNotice';
import { ContactForm } from './ContactForm';
import { ContactHistory } from './ContactHistory';

export interface ContactsPanelProps {
  npoId: string;
  npoName: string;
  /** told when a contact was recorded or removed (the queue shows the latest one) */
  onChanged: () => void;
  /** open at first (tests, or a page about one NPO) */
  initiallyOpen?: boolean;
}

/**
 * 「連絡先を記録する」: folded under a button until staff need it, then the form and every
 * contact recorded so far. The contacts are fetched only when opened: they are staff-only
 * personal data and most cards are never opened.
 */
export function ContactsPanel({ npoId, npoName, onChanged, initiallyOpen = false }: ContactsPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  const contacts = useQuery(OutreachContactsDocument, { variables: { npoId }, skip: !open });
  return (
    <div className="outreach-panel">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-testid="contact-open"
      >
        {t('outreach.contact.open')}
      </Button>
      {open && (
        <div id={panelId} className="outreach-panel__body">
          <Stack gap="md">
            <ContactForm npoId={npoId} npoName={npoName} onRecorded={onChanged} />
            <h4>{t('outreach.contact.history')}</h4>
            <TryAgainNotice error={contacts.error} />
            {contacts.loading && !contacts.data && <p role="status">{t('outreach.loading')}</p>}
            {contacts.data && <ContactHistory contacts={contacts.data.npoContacts} onRemoved={onChanged} />}
          </Stack>
        </div>
      )}
    </div>
  );
}
