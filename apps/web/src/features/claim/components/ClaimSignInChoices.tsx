import { ButtonLink } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { claimPath } from '../pending-claim-code';

/**
 * Not signed in: two big choices that both come back to this code — sign-in through `?next=`,
 * sign-up (a mail link, a new page) through the code kept on this device.
 */
export function ClaimSignInChoices({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('claimCode.signInLead')}</p>
      <div className="claim-choices">
        <ButtonLink href="/signup" as={RouterAnchor} className="claim-choice" data-testid="claim-sign-up">
          {t('claimCode.newHere')}
        </ButtonLink>
        <ButtonLink
          href={`/login?next=${encodeURIComponent(claimPath(code))}`}
          as={RouterAnchor}
          variant="secondary"
          className="claim-choice"
          data-testid="claim-sign-in"
        >
          {t('claimCode.haveAccount')}
        </ButtonLink>
      </div>
      <p>{t('claimCode.keptNote')}</p>
    </>
  );
}
