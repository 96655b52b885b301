import { LegalPage } from './LegalPage';

/** The rules of using the service, in plain words (a draft for the city to adopt). */
export function TermsPage() {
  return <LegalPage page="terms" />;
}
