import { Tag, type TagProps } from '@tsunagu/shared/ui';
import type { IntroductionRequest } from '../hooks/useNeedIntroductions';

const TONE: Record<IntroductionRequest['status'], TagProps['tone']> = {
  WAITING: 'primary',
  FORWARDED: 'primary',
  ANSWERED: 'success',
  NO_REPLY: 'warning',
  CLOSED: 'neutral',
};

/** Where a request stands and what happens next, in the server's plain words. */
export function IntroductionStatus({ request }: { request: IntroductionRequest }) {
  return (
    <>
      <p>
        <Tag tone={TONE[request.status]} data-testid="introduction-status-label">
          {request.statusLabel}
        </Tag>
      </p>
      <p data-testid="introduction-next-step">{request.nextStep}</p>
    </>
  );
}
