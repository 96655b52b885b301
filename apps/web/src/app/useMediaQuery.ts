import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following it as the window or text size changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** Phones get the one-row header with a menu button; from this width the whole menu fits in view. */
export const WIDE_SCREEN = '(min-width: 48rem)';
