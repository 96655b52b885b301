import { Fragment } from 'react';

/**
 * The snippet's text and marked parts, in order (odd indexes are matches). The API's crop can cut
 * a tag in two at its end (「…もって<ma…」): that piece of a tag is dropped, never shown as text.
 */
export function snippetParts(snippet: string): string[] {
  return snippet.replace(/<\/?(?:m(?:a(?:r(?:k)?)?)?)?(…?)$/, '$1').split(/<\/?mark>/);
}

/**
 * Renders a search snippet whose matched words are wrapped in <mark>…</mark> by the API, as text
 * nodes and real <mark> elements (never as HTML: the text comes from the open data).
 */
export function Highlighted({ snippet }: { snippet: string }) {
  // The tags come in pairs, so after splitting on them every odd part is a match.
  const parts = snippetParts(snippet);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <mark key={index}>{part}</mark> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
