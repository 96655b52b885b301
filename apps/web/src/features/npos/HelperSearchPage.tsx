import { NpoSearchPage } from './NpoSearchPage';

/**
 * 「企業・大学・団体もさがす」 (/helpers): the NPO search over every kind of helper, with the kind
 * chips; the same box, filters, results and focus handling as /npos.
 */
export function HelperSearchPage() {
  return <NpoSearchPage helpers />;
}
