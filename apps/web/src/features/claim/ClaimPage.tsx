import './claim.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { ClaimCodePreviewDocument, ClaimNpoWithCodeDocument } from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Container, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { WaitingRequestList } from '../npos/components/WaitingRequestList';
import { ClaimCodeForm } from './components/ClaimCodeForm';
import { ClaimRefused } from './components/ClaimRefused';
import { ClaimSignInChoices } from './components/ClaimSignInChoices';
import { clearPendingClaimCode, keepPendingClaimCode, normalizeClaimCode } from './pending-claim-code';

/**
 * `/claim` and `/claim/:code` (the letter's QR): which NPO the code is for, then — signed in —
 * one button makes the person a member and shows the groups waiting, oldest first. The letter
 * went to the registered address, so the code itself is the proof: no staff approval.
 */
export function ClaimPage() {
  const { code: raw = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('claimCode.title'));
  const code = normalizeClaimCode(raw);
  return code ? <ClaimWithCode key={code} code={code} /> : <ClaimCodeForm />;
}

function ClaimWithCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const { me, loading: meLoading } = useMe();
  // Never from the cache: a code may have been used or have expired since.
  const preview = useQuery(ClaimCodePreviewDocument, { variables: { code }, fetchPolicy: 'network-only' });
  const [claim, claimed] = useMutation(ClaimNpoWithCodeDocument, {
    // The person now belongs to the NPO: what was cached about "my NPOs" is out of date.
    update(cache, { data }) {
      const npoId = data?.claimNpoWithCode.npoId;
      if (!npoId) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myNpoClaims' });
      const npo = cache.identify({ __typename: 'Npo', id: npoId });
      for (const fieldName of ['viewerCanEdit', 'claimed']) cache.evict({ id: npo, fieldName });
      cache.gc();
    },
  });
  const result = claimed.data?.claimNpoWithCode;
  const status = useRef<HTMLDivElement>(null);
  const info = preview.data?.claimCodePreview;

  // Signed out: keep the code for after sign-up. Signed in: the address carries it.
  const signedOut = !meLoading && !me;
  useEffect(() => {
    if (signedOut && info) keepPendingClaimCode(code);
    if (me) clearPendingClaimCode();
  }, [signedOut, info, me, code]);
  // The button is gone: the keyboard goes to the answer.
  useEffect(() => {
    if (result) status.current?.focus();
  }, [result]);

  const heading = result ? t('claimCode.joinedTitle', { name: result.npoName }) : t('claimCode.title');
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        {/* one block: the live region, empty at first, adds no gap under the heading */}
        <div>
          <PageHeading>{heading}</PageHeading>
          <div role="status" ref={status} tabIndex={-1} className="claim-status" data-testid="claim-status">
            {preview.loading && <p>{t('claimCode.checking')}</p>}
            {result && (
              <p>{result.waitingRequests.length > 0 ? t('claimCode.joinedLead') : t('introductions.waitingNone')}</p>
            )}
          </div>
        </div>
        {result ? (
          <>
            {result.waitingRequests.length > 0 && (
              <WaitingRequestList npoId={result.npoId} requests={result.waitingRequests} />
            )}
            <div>
              <ButtonLink href={`/npos/${result.npoId}`} as={RouterAnchor} variant="secondary">
                {t('claimCode.toNpoPage')}
              </ButtonLink>
            </div>
          </>
        ) : preview.error ? (
          <ClaimRefused error={preview.error} title={t('claimCode.refusedTitle')} />
        ) : info ? (
          <>
            <div data-testid="claim-preview">
              <p className="claim-preview">
                {info.npoWard
                  ? t('claimCode.preview', { name: info.npoName, ward: info.npoWard })
                  : t('claimCode.previewNoWard', { name: info.npoName })}
              </p>
              <p className="claim-preview">{t('claimCode.waiting', { count: info.waitingRequests })}</p>
            </div>
            {meLoading ? null : me ? (
              <>
                <p>{t('claimCode.joinNote')}</p>
                {claimed.error && <ClaimRefused error={claimed.error} title={t('claimCode.joinFailedTitle')} />}
                <div>
                  <Button
                    className="claim-choice"
                    disabled={claimed.loading}
                    onClick={() => void claim({ variables: { code } }).catch(() => null)}
                    data-testid="claim-join"
                  >
                    {t('claimCode.join')}
                  </Button>
                </div>
              </>
            ) : (
              <ClaimSignInChoices code={code} />
            )}
          </>
        ) : null}
      </Stack>
    </Container>
  );
}
