import { Container, PageHeading, Stack } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';

/** A short page in the narrow column: its heading, then what it says (gates, notices). */
export function NarrowPage({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading>{title}</PageHeading>
        {children}
      </Stack>
    </Container>
  );
}
