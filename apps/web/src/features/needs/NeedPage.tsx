import { useMutation, useQuery } from '@apollo/client/react';
import {
  CloseNeedDocument,
  HideNeedDocument,
  InviteNpoToNeedDocument,
  MyPageDocument,
  NeedDocument,
  NeedMatchesDocument,
  type NeedQuery,
  type NeedOutcome,
  OfferHelpDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Container, Notice, PageHeading, Stack, Tag, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/use-me';
import { helpKindLabel } from './need-format';
import { NeedDetails } from './NeedDetails';
import { OfferCard } from './OfferCard';

type Need = NeedQuery['need'];

/** One need: what it says; for its group the offers and suggested NPOs; for NPOs the offer form. */
export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(NeedDocument, { variables: { id } });
  const need = data?.need;
  usePageTitle(need?.title ?? t('needs.searchTitle'));

  if (loading && !need) return <p className="page">{t('npo.loading')}</p>;
  if (!need) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('needs.notFoundTitle')}</PageHeading>
          <Notice tone="warning">
            {error ? errorMessage(error, t('needs.notFoundBody')) : t('needs.notFoundBody')}
          </Notice>
          <div>
            <ButtonLink href="/needs" as={RouterAnchor} variant="secondary">
              {t('needs.backToSearch')}
            </ButtonLink>
          </div>
        </Stack>
      </Container>
    );
  }
  const open = need.status === 'PUBLISHED' || need.status === 'MATCHED';
  const reload = () => void refetch();
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <div>
          <p className="need-page__group">{need.group.name}</p>
          <PageHeading>{need.title || t('needs.untitled')}</PageHeading>
          <p>
            <Tag tone={open ? 'success' : need.status === 'DRAFT' ? 'warning' : 'neutral'} data-testid="need-status">
              {t(`needs.status.${need.status}`)}
            </Tag>
          </p>
        </div>
        {need.hidden && (
          <Notice tone="warning" title={t('needs.hiddenTitle')}>
            {need.hiddenReason ?? t('needs.hiddenBody')}
          </Notice>
        )}
        <NeedDetails need={{ ...need, groupName: need.group.name }} />
        {need.report && (
          <section aria-labelledby="need-report">
            <h2 id="need-report">{t('needs.report')}</h2>
            <p className="npo-page__text">{need.report}</p>
          </section>
        )}

        {(me?.role === 'STAFF' || me?.role === 'ADMIN') && <StaffModeration need={need} reload={reload} />}
        {need.viewerCanEdit ? (
          <OwnerPanel need={need} reload={reload} />
        ) : me ? (
          <NpoOfferPanel need={need} open={open} reload={reload} />
        ) : (
          open && (
            <Notice title={t('needs.signInToOfferTitle')}>
              <Stack gap="sm">
                <p>{t('needs.signInToOffer')}</p>
                <div>
                  <ButtonLink href={`/login?next=${encodeURIComponent(location.pathname)}`} as={RouterAnchor}>
                    {t('nav.login')}
                  </ButtonLink>
                </div>
              </Stack>
            </Notice>
          )
        )}

        <div>
          <ButtonLink href="/needs" as={RouterAnchor} variant="secondary">
            {t('needs.backToSearch')}
          </ButtonLink>
        </div>
      </Stack>
    </Container>
  );
}

function OwnerPanel({ need, reload }: { need: Need; reload: () => void }) {
  const { t } = useTranslation();
  const open = need.status === 'PUBLISHED' || need.status === 'MATCHED';
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
                  <OfferCard offer={offer} onChanged={reload} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {open && <Suggestions needId={need.id} offered={new Set(need.offers.map((o) => o.npo.id))} />}
      {(open || need.status === 'EXPIRED') && <CloseNeed needId={need.id} reload={reload} />}
    </>
  );
}

function Suggestions({ needId, offered }: { needId: string; offered: Set<string> }) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(NeedMatchesDocument, { variables: { needId } });
  return (
    <section aria-labelledby="need-suggestions" data-testid="need-suggestions">
      <h2 id="need-suggestions">{t('needs.suggestions')}</h2>
      <p>{t('needs.suggestionsLead')}</p>
      {loading && <p>{t('npo.loading')}</p>}
      {data && data.matchNposForNeed.length === 0 && <p>{t('needs.noSuggestions')}</p>}
      <ul className="offer-list" role="list">
        {data?.matchNposForNeed.map((m) => (
          <li key={m.npo.id}>
            <article className="offer-card" data-testid="suggested-npo">
              <h3 className="offer-card__npo">
                <Link to={`/npos/${m.npo.id}`}>{m.npo.name}</Link>
              </h3>
              {m.npo.ward && <p>{m.npo.ward}</p>}
              {m.npo.profile?.helpKinds.length ? (
                <p>
                  <span className="offer-card__label">{t('npo.helpKinds')}：</span>
                  {m.npo.profile.helpKinds.map((k) => helpKindLabel(k, i18n.resolvedLanguage)).join('、')}
                </p>
              ) : null}
              <p className="offer-card__label">{t('needs.why')}</p>
              <ul className="reason-list" data-testid="match-reasons">
                {m.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              {offered.has(m.npo.id) ? (
                <p className="need-page__done">{t('needs.hasOffered')}</p>
              ) : (
                <InviteButton needId={needId} npoId={m.npo.id} npoName={m.npo.name} />
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

function InviteButton({ needId, npoId, npoName }: { needId: string; npoId: string; npoName: string }) {
  const { t } = useTranslation();
  const [invite, { data, loading, error }] = useMutation(InviteNpoToNeedDocument);
  return (
    <div>
      {data ? (
        <p role="status" className="need-page__done">
          {data.inviteNpoToNeed ? t('needs.invited') : t('needs.alreadyInvited')}
        </p>
      ) : (
        <Button
          variant="secondary"
          disabled={loading}
          onClick={() => void invite({ variables: { needId, npoId } }).catch(() => null)}
          aria-label={t('needs.inviteFor', { name: npoName })}
        >
          {t('needs.invite')}
        </Button>
      )}
      {error && (
        <p className="ui-field__error" role="alert">
          {errorMessage(error, t('form.tryAgain'))}
        </p>
      )}
    </div>
  );
}

/** Staff hide an abusive post (or show it again); the group sees the reason, the audit log keeps it. */
function StaffModeration({ need, reload }: { need: Need; reload: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [hide, { loading, error, data }] = useMutation(HideNeedDocument);
  return (
    <details className="need-page__close" data-testid="need-staff">
      <summary>{need.hidden ? t('needs.staffShowTitle') : t('needs.staffTitle')}</summary>
      <Stack gap="md">
        {!need.hidden && (
          <TextArea
            label={t('needs.staffReason')}
            hint={t('needs.staffReasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
          />
        )}
        {error && (
          <Notice tone="error" title={t('form.tryAgain')}>
            {errorMessage(error, t('form.tryAgain'))}
          </Notice>
        )}
        {data && <p role="status">{t('needs.staffDone')}</p>}
        <div>
          <Button
            variant={need.hidden ? 'primary' : 'secondary'}
            disabled={loading}
            onClick={() =>
              void hide({ variables: { id: need.id, hidden: !need.hidden, reason: reason.trim() || null } }).then(
                reload,
                () => undefined,
              )
            }
          >
            {need.hidden ? t('needs.staffShow') : t('needs.staffHide')}
          </Button>
        </div>
      </Stack>
    </details>
  );
}

function CloseNeed({ needId, reload }: { needId: string; reload: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<NeedOutcome>('DONE');
  const [report, setReport] = useState('');
  const [close, { loading, error }] = useMutation(CloseNeedDocument);
  return (
    <details className="need-page__close">
      <summary>{t('needs.closeTitle')}</summary>
      <Stack gap="md">
        <fieldset className="need-form__group">
          <legend className="ui-field__label">{t('needs.closeHow')}</legend>
          {(['DONE', 'CANCELLED'] as const).map((o) => (
            <label key={o} className="checkbox">
              <input type="radio" name="outcome" checked={outcome === o} onChange={() => setOutcome(o)} />
              {t(`needs.outcome.${o}`)}
            </label>
          ))}
        </fieldset>
        {outcome === 'DONE' && (
          <TextArea
            label={t('needs.report')}
            hint={t('needs.reportHint')}
            value={report}
            onChange={(e) => setReport(e.target.value)}
            rows={3}
          />
        )}
        {error && (
          <Notice tone="error" title={t('form.tryAgain')}>
            {errorMessage(error, t('form.tryAgain'))}
          </Notice>
        )}
        <div>
          <Button
            disabled={loading}
            onClick={() =>
              void close({
                variables: { id: needId, outcome, report: outcome === 'DONE' ? report || null : null },
              }).then(reload, () => undefined)
            }
          >
            {t('needs.closeSubmit')}
          </Button>
        </div>
      </Stack>
    </details>
  );
}

function NpoOfferPanel({ need, open, reload }: { need: Need; open: boolean; reload: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(MyPageDocument);
  const npos = (data?.myNpoClaims ?? []).filter((c) => c.status === 'APPROVED');
  const [npoId, setNpoId] = useState('');
  const [message, setMessage] = useState('');
  const [touched, setTouched] = useState(false);
  const [offerHelp, { loading, error }] = useMutation(OfferHelpDocument);
  if (npos.length === 0) return null;
  const mine = need.offers.filter((o) => o.status !== 'WITHDRAWN');
  const offeredNpos = new Set(mine.map((o) => o.npo.id));
  const canOfferAs = npos.filter((n) => !offeredNpos.has(n.npoId));
  const chosen = npoId || canOfferAs[0]?.npoId || '';
  const problem = message.trim().length < 10 ? t('offers.messageShort') : undefined;
  const submit = () => {
    setTouched(true);
    if (problem || !chosen) return;
    void offerHelp({ variables: { needId: need.id, npoId: chosen, message: message.trim() } }).then(
      () => {
        setMessage('');
        setTouched(false);
        reload();
      },
      () => undefined,
    );
  };
  return (
    <section aria-labelledby="need-offer" className="npo-page__consult">
      <Stack gap="md">
        <h2 id="need-offer">{t('offers.offerTitle')}</h2>
        {mine.length > 0 && (
          <Notice title={t('offers.alreadyOffered')}>
            <ul className="plain-list">
              {mine.map((o) => (
                <li key={o.id}>
                  <Link to={`/offers/${o.id}`} data-testid="my-offer-link">
                    {t('offers.threadOf', { name: o.npo.name })}
                  </Link>{' '}
                  <Tag>{t(`offers.status.${o.status}`)}</Tag>
                </li>
              ))}
            </ul>
          </Notice>
        )}
        {open && canOfferAs.length > 0 && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Stack gap="md">
              <p>{t('offers.offerLead')}</p>
              {canOfferAs.length > 1 && (
                <div className="ui-field">
                  <label className="ui-field__label" htmlFor="offer-npo">
                    {t('offers.asNpo')}
                  </label>
                  <select
                    id="offer-npo"
                    className="ui-field__input"
                    value={chosen}
                    onChange={(e) => setNpoId(e.target.value)}
                  >
                    {canOfferAs.map((n) => (
                      <option key={n.npoId} value={n.npoId}>
                        {n.npoName}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              {canOfferAs.length === 1 && <p>{t('offers.asOne', { name: canOfferAs[0].npoName })}</p>}
              <TextArea
                label={t('offers.message')}
                hint={t('offers.messageHint')}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
                onBlur={() => setTouched(true)}
                error={touched ? problem : undefined}
                required
                requiredLabel={t('form.requiredLabel')}
                maxLength={2000}
                data-testid="offer-message-input"
              />
              {error && (
                <Notice tone="error" title={t('offers.offerFailed')}>
                  {errorMessage(error, t('form.tryAgain'))}
                </Notice>
              )}
              <div>
                <Button type="submit" disabled={loading} data-testid="offer-submit">
                  {t('offers.offerSubmit')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}
