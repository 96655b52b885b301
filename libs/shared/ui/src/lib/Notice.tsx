import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'warning' | 'error';

export interface NoticeProps {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
}

/**
 * A boxed message. Errors are announced at once (role=alert); information and warnings
 * politely (role=status). The tone is shown by a border and the title, never by colour alone.
 */
export function Notice({ tone = 'info', title, children }: NoticeProps) {
  return (
    <div className={`ui-notice ui-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="ui-notice__title">{title}</p>}
      {children && <div className="ui-notice__body">{children}</div>}
    </div>
  );
}
