import { LegalPage } from './LegalPage';

/** What the service keeps, who sees it, and how to take it away (a draft for the city to adopt). */
export function PrivacyPage() {
  return <LegalPage page="privacy" />;
}
