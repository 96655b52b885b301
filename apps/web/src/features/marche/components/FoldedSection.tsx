import { type ReactNode, useEffect, useState } from 'react';

interface Props {
  /** id of the heading, which names the section */
  id: string;
  title: ReactNode;
  /** how many things are inside, said in the summary so a closed section still tells what waits */
  count?: ReactNode;
  defaultOpen?: boolean;
  /** on the summary: what e2e tests and people tap to open it */
  testId?: string;
  /** the heading is for the screen; on paper only the content shows (the venue map and list) */
  printContentOnly?: boolean;
  children: ReactNode;
}

/**
 * One part of a long staff page, folded to its heading and count so a phone shows the whole page
 * in a few screens. It opens for printing, since a closed part would not be on the paper.
 */
export function FoldedSection({ id, title, count, defaultOpen = false, testId, printContentOnly, children }: Props) {
  const [open, setOpen] = useState(defaultOpen);
  useEffect(() => {
    const openForPrint = () => setOpen(true);
    window.addEventListener('beforeprint', openForPrint);
    return () => window.removeEventListener('beforeprint', openForPrint);
  }, []);
  return (
    <section aria-labelledby={id} className="marche-fold">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary data-testid={testId} className={printContentOnly ? 'no-print' : undefined}>
          <h2 id={id} className="marche-fold__title">
            {title}
          </h2>
          {count !== undefined && <span className="marche-fold__count">{count}</span>}
        </summary>
        <div className="marche-fold__body">{children}</div>
      </details>
    </section>
  );
}
