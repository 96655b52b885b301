import type { HTMLAttributes, ReactNode } from 'react';

export interface TagProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: 'neutral' | 'primary' | 'success' | 'warning';
  icon?: ReactNode;
}

/** A small label (an activity field, a status). The icon is decoration; the text carries the meaning. */
export function Tag({ tone = 'neutral', icon, className, children, ...rest }: TagProps) {
  return (
    <span className={['ui-tag', `ui-tag--${tone}`, className].filter(Boolean).join(' ')} {...rest}>
      {icon && (
        <span className="ui-tag__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </span>
  );
}
