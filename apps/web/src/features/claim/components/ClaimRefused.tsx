import { ButtonLink, Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { errorMessage } from '../../accounts/field-checks';
import { CityOfficeHelp } from './CityOfficeHelp';

/**
 * The server refused the code (wrong, expired, used, too many tries): its own words, then what
 * to do next — type it again, or call the city.
 */
export function ClaimRefused({ error, title }: { error: unknown; title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Notice tone="error" title={title}>
        <span data-testid="claim-refused">{errorMessage(error, t('form.tryAgain'))}</span>
      </Notice>
      <div>
        <ButtonLink href="/claim" as={RouterAnchor} variant="secondary" data-testid="claim-try-again">
          {t('claimCode.tryAgain')}
        </ButtonLink>
      </div>
      <CityOfficeHelp />
    </>
  );
}
