import { Fragment } from 'react';

/**
 * Renders a search snippet whose matched words are wrapped in <mark>…</mark> by the API, as text
 * nodes and real <mark> elements (never as HTML: the text comes from the open data).
 */
export function Highlighted({ snippet }: { snippet: string }) {
  // The tags come in pairs, so after splitting on them every odd part is a match.
  const parts = snippet.split(/<\/?mark>/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <mark key={index}>{part}</mark> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
