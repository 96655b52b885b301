import { useQuery } from '@apollo/client/react';
import { ConsentTextDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

/** Prints only the consent text: the page's print rules show `.consent-text` alone while this class is on. */
function printConsent() {
  document.body.classList.add('printing-consent');
  try {
    window.print();
  } finally {
    document.body.classList.remove('printing-consent');
  }
}

/** What the officer agrees to, in full, to read out on the phone or hand over on paper. */
export function ConsentTextSection() {
  const { t, i18n } = useTranslation();
  const text = useQuery(ConsentTextDocument).data?.consentText;
  const paragraphs = (i18n.language === 'en' ? text?.en : text?.ja) ?? [];
  return (
    <section aria-labelledby="consent-title">
      <Stack gap="sm">
        <h2 id="consent-title">{t('assisted.form.consentTitle')}</h2>
        <p>{t('assisted.form.consentLead')}</p>
        <div className="consent-text" data-testid="consent-text">
          {paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <div>
          <Button type="button" variant="secondary" onClick={printConsent}>
            {t('assisted.form.printConsent')}
          </Button>
        </div>
      </Stack>
    </section>
  );
}
