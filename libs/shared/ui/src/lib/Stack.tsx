import type { ElementType, ReactNode } from 'react';

export type Space = 'sm' | 'md' | 'lg' | 'xl';

export interface StackProps {
  children: ReactNode;
  /** Vertical space between the children. */
  gap?: Space;
  as?: ElementType;
  className?: string;
}

/** Children one under another with even space between them. */
export function Stack({ children, gap = 'md', as: Tag = 'div', className }: StackProps) {
  return <Tag className={['ui-stack', `ui-stack--${gap}`, className].filter(Boolean).join(' ')}>{children}</Tag>;
}
