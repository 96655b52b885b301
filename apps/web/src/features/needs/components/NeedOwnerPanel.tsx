import { ButtonLink } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { useNeedIntroductions } from '../hooks/useNeedIntroductions';
import { askParam } from '../need-ask';
import { isOpenNeed, type Need } from '../need-types';
import { OfferCard } from '../OfferCard';
import { AskedNpoRetry } from './AskedNpoRetry';
import { CloseNeedPanel } from './CloseNeedPanel';
import { NeedIntroductionList } from './NeedIntroductionList';
import { NeedSuggestions } from './NeedSuggestions';
import { SchemeSuggestions } from '../../schemes/components/SchemeSuggestions';

/** What the group sees of its own need: edit, the offers, the NPOs it asked, suggested NPOs, closing. */
interface Props {
  need: Need;
  onOfferAnswered: () => void;
  /** just sent here from the form: the notice on top says what comes next, no empty list repeats it */
  justWritten?: boolean;
}

export function NeedOwnerPanel({ need, onOfferAnswered, justWritten = false }: Props) {
  const { t } = useTranslation();
  const open = isOpenNeed(need);
  const editable = need.status !== 'DONE' && need.status !== 'CANCELLED';
  const introductions = useNeedIntroductions(need.id, need.status === 'DRAFT');
  // `?ask=`: published from an NPO's page, but the request to it did not go through.
  const [search] = useSearchParams();
  const retryAsk = open ? askParam(search.get('ask')) : null;
  return (
    <>
      {editable && (
        <div className="button-row">
          <ButtonLink href={`/needs/${need.id}/edit`} as={RouterAnchor} variant="secondary" data-testid="need-edit">
            {need.status === 'DRAFT' ? t('needs.continueDraft') : t('needs.edit')}
          </ButtonLink>
        </div>
      )}
      {need.status !== 'DRAFT' && !(justWritten && need.offers.length === 0) && (
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
      {retryAsk && <AskedNpoRetry needId={need.id} npoId={retryAsk} existing={introductions.byNpo.get(retryAsk)} />}
      <NeedIntroductionList requests={introductions.requests} />
      {open && (
        <NeedSuggestions
          needId={need.id}
          offered={new Set(need.offers.map((o) => o.npo.id))}
          asked={introductions.byNpo}
        />
      )}
      {open && <SchemeSuggestions needId={need.id} />}
      {(open || need.status === 'EXPIRED') && <CloseNeedPanel needId={need.id} />}
    </>
  );
}
