import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field's control, which the link moves focus to. */
  fieldId: string;
  message: ReactNode;
}

export interface ErrorSummaryProps {
  title: ReactNode;
  errors: readonly ErrorSummaryItem[];
  /** Change it (e.g. a submit count) to move focus to the summary again. */
  focusKey?: unknown;
}

/**
 * The list of a form's errors, shown at its top after a failed submit. Focus moves to it when it
 * appears so a screen reader reads it; each item is a link that moves focus to its field.
 */
export function ErrorSummary({ title, errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, focusKey]);
  if (!visible) return null;
  const goTo = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  };
  return (
    <div className="ui-error-summary" ref={ref} tabIndex={-1} role="alert">
      <p className="ui-error-summary__title">{title}</p>
      <ul className="ui-error-summary__list">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a href={`#${e.fieldId}`} onClick={(event) => goTo(event, e.fieldId)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
