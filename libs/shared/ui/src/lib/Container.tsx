import type { ElementType, ReactNode } from 'react';

export interface ContainerProps {
  children: ReactNode;
  /** `narrow` keeps lines of running text short enough to read. */
  width?: 'narrow' | 'wide';
  as?: ElementType;
  className?: string;
}

/** Centres content with side padding, never wider than the chosen measure. */
export function Container({ children, width = 'wide', as: Tag = 'div', className }: ContainerProps) {
  return (
    <Tag className={['ui-container', `ui-container--${width}`, className].filter(Boolean).join(' ')}>{children}</Tag>
  );
}
