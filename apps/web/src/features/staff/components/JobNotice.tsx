import { Notice, Stack } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';

export type JobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface JobNoticeProps {
  status: JobStatus;
  /** the job's status in words */
  title: string;
  /** 0–1 */
  fraction: number;
  progressLabel: string;
  progressTestId?: string;
  /** what the job holds, and its download link once made */
  children: ReactNode;
}

/**
 * A background job (a data book, invitation letters) being made: a bar while it runs, then what
 * came of it. The notice is a status region, so each change is read out.
 */
export function JobNotice({ status, title, fraction, progressLabel, progressTestId, children }: JobNoticeProps) {
  const finished = status === 'DONE' || status === 'FAILED';
  return (
    <Notice tone={status === 'FAILED' ? 'error' : 'info'} title={title}>
      <Stack gap="sm">
        {!finished && (
          <progress max={1} value={fraction} aria-label={progressLabel} data-testid={progressTestId}>
            {Math.round(fraction * 100)}%
          </progress>
        )}
        {children}
      </Stack>
    </Notice>
  );
}
