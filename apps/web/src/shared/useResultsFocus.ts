import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After 検索 the results are often a screen or two below the button, so on a phone the tap looked
 * as if nothing happened. This moves the screen and the focus to the results' heading once the
 * answer for the words searched has come — never on the first load, only when asked.
 */
export function useResultsFocus({ q, settled }: { q: string; settled: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The words whose answer we wait for: the address (and so `q`) changes a moment after the tap.
  const [awaited, setAwaited] = useState<string | null>(null);

  useEffect(() => {
    if (awaited === null || awaited !== q || !settled) return;
    setAwaited(null);
    const heading = headingRef.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // jsdom has no scrollIntoView; browsers all do.
    heading.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }, [awaited, q, settled]);

  const focusResultsFor = useCallback((words: string) => setAwaited(words), []);
  return { headingRef, focusResultsFor };
}
