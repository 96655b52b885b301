import { ButtonLink } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { isOpenNeed, type Need } from '../need-types';
import { OfferCard } from '../OfferCard';
import { CloseNeedPanel } from './CloseNeedPanel';
import { NeedSuggestions } from './NeedSuggestions';

/** What the group sees of its own need: edit, the offers, suggested NPOs, closing. */
export function NeedOwnerPanel({ need, onOfferAnswered }: { need: Need; onOfferAnswered: () => void }) {
  const { t } = useTranslation();
  const open = isOpenNeed(need);
  const editable = need.status !== 'DONE' && need.status !== 'CANCELLED';
  return (
    <>
      {editable && (
        <div className="button-row">
          <ButtonLink href={`/needs/${need.id}/edit`} as={RouterAnchor} variant="secondary" data-testid="need-edit">
            {need.status === 'DRAFT' ? t('needs.continueDraft') : t('needs.edit')}
          </ButtonLink>
        </div>
      )}
      {need.status !== 'DRAFT' && (
        <section aria-labelledby="need-offers">
          <h2 id="need-offers">{t('needs.offers', { count: need.offers.length })}</h2>
          {need.offers.length === 0 ? (
            <p>{t('needs.noOffers')}</p>
          ) : (
            <ul className="offer-list" role="list" data-testid="need-offers">
              {need.offers.map((offer) => (
                <li key={offer.id}>
                  <OfferCard offer={offer} onChanged={onOfferAnswered} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {open && <NeedSuggestions needId={need.id} offered={new Set(need.offers.map((o) => o.npo.id))} />}
      {(open || need.status === 'EXPIRED') && <CloseNeedPanel needId={need.id} />}
    </>
  );
}
