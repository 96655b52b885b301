import type { OfferQuery } from '@tsunagu/shared/graphql-client';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

type Offer = OfferQuery['offer'];

/** Both sides' contacts, shown once the group has accepted the offer. */
export function OfferContacts({ offer, contacts: c }: { offer: Offer; contacts: NonNullable<Offer['contacts']> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="offer-contacts" className="contacts-box" data-testid="contacts">
      <h2 id="offer-contacts">{t('offers.contacts')}</h2>
      <p className="npo-page__source">{t('offers.contactsNote')}</p>
      <div className="contacts-box__sides">
        <div>
          <h3>{c.groupName}</h3>
          <dl className="npo-page__facts">
            {c.groupRepresentative && (
              <>
                <dt>{t('group.representative')}</dt>
                <dd>{c.groupRepresentative}</dd>
              </>
            )}
            {c.groupPhone && (
              <>
                <dt>{t('group.phone')}</dt>
                <dd>
                  <a href={`tel:${c.groupPhone}`}>{c.groupPhone}</a>
                </dd>
              </>
            )}
            {c.groupEmail && (
              <>
                <dt>{t('form.email')}</dt>
                <dd>
                  <a href={`mailto:${c.groupEmail}`}>{c.groupEmail}</a>
                </dd>
              </>
            )}
          </dl>
        </div>
        <div>
          <h3>{offer.npo.name}</h3>
          <dl className="npo-page__facts">
            {c.npoPeople.map((p) => (
              <Fragment key={p.name + (p.email ?? '')}>
                <dt>{p.name}</dt>
                <dd>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '—'}</dd>
              </Fragment>
            ))}
            {c.npoContact && (
              <>
                <dt>{t('npo.contactForGroups')}</dt>
                <dd>{c.npoContact}</dd>
              </>
            )}
          </dl>
        </div>
      </div>
    </section>
  );
}
