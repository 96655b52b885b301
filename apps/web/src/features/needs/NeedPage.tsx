import { useQuery } from '@apollo/client/react';
import { NeedDocument } from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, SignInRequired, Stack, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/hooks/useMe';
import { NeedOwnerPanel } from './components/NeedOwnerPanel';
import { NeedStaffModeration } from './components/NeedStaffModeration';
import { NeedFold } from './components/NeedFold';
import { NpoOfferPanel } from './components/NpoOfferPanel';
import { NeedDetails } from './NeedDetails';
import { noticeOf } from './need-page-notice';
import { isOpenNeed } from './need-types';
import { BackLink } from '../../shared/BackLink';
import { ProxyMark } from '../../shared/ProxyMark';
import { NeedStoryPanel } from '../stories/components/NeedStoryPanel';

/** One need: what it says; for its group the offers and suggested NPOs; for NPOs the offer form. */
export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const notice = noticeOf(location.state);
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
          <BackLink href="/needs">{t('needs.backToSearch')}</BackLink>
        </Stack>
      </Container>
    );
  }
  const open = isOpenNeed(need);
  // Accepting an offer moves the need to MATCHED and may decline others on the server: load it again.
  const reloadAfterAnswer = () => void refetch();
  // Just published: she wrote the text a minute ago; what comes next (the NPOs that fit) goes first.
  const justWritten = notice !== null && need.viewerCanEdit;
  const details = <NeedDetails need={{ ...need, groupName: need.group.name }} />;
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        {notice && (
          <div data-testid="need-page-notice">
            <Notice tone="info" title={t(`needs.notice.${notice}.title`)}>
              {t(`needs.notice.${notice}.body`)}
            </Notice>
          </div>
        )}
        <div>
          <p className="need-page__group">{need.group.name}</p>
          <PageHeading>{need.title || t('needs.untitled')}</PageHeading>
          <p>
            <Tag tone={open ? 'success' : need.status === 'DRAFT' ? 'warning' : 'neutral'} data-testid="need-status">
              {t(`needs.status.${need.status}`)}
            </Tag>{' '}
            <ProxyMark entry={need.enteredByProxy} />
          </p>
        </div>
        {need.hidden && (
          <Notice tone="warning" title={t('needs.hiddenTitle')}>
            {need.hiddenReason ?? t('needs.hiddenBody')}
          </Notice>
        )}
        {justWritten ? <NeedFold summary={t('needs.showWritten')}>{details}</NeedFold> : details}
        {need.report && (
          <section aria-labelledby="need-report">
            <h2 id="need-report">{t('needs.report')}</h2>
            <p className="npo-page__text">{need.report}</p>
          </section>
        )}

        {me && need.status === 'DONE' && <NeedStoryPanel needId={need.id} />}

        {(me?.role === 'STAFF' || me?.role === 'ADMIN') && <NeedStaffModeration need={need} />}
        {need.viewerCanEdit ? (
          <NeedOwnerPanel need={need} onOfferAnswered={reloadAfterAnswer} justWritten={justWritten} />
        ) : me ? (
          <NpoOfferPanel need={need} open={open} />
        ) : (
          open && (
            <SignInRequired
              title={t('needs.signInToOfferTitle')}
              message={t('needs.signInToOffer')}
              next={location.pathname}
              signInLabel={t('nav.login')}
              as={RouterAnchor}
            />
          )
        )}

        <BackLink href="/needs">{t('needs.backToSearch')}</BackLink>
      </Stack>
    </Container>
  );
}
