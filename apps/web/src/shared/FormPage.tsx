import { Button, Container, PageHeading, Stack } from '@tsunagu/shared/ui';
import type { FormEvent, ReactNode } from 'react';

export interface FormPageProps {
  title: string;
  lead?: string;
  /** Said between the heading and the form: sign in first, what the last try answered. */
  notices?: ReactNode;
  /** Shown instead of the form once it has done its work ("we sent you a mail"). */
  done?: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Off where the page checks the fields itself and says what is wrong beside each. */
  noValidate?: boolean;
  submitLabel: string;
  submitDisabled?: boolean;
  submitTestId?: string;
  /** Below the form: the ways to the neighbouring pages. */
  after?: ReactNode;
  /** The fields, one under another above the button. */
  children: ReactNode;
}

/** A narrow page that is one form: heading, notices, the fields and one submit button. */
export function FormPage(props: FormPageProps) {
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={props.lead}>{props.title}</PageHeading>
        {props.notices}
        {props.done ?? (
          <form onSubmit={props.onSubmit} noValidate={props.noValidate}>
            <Stack gap="md">
              {props.children}
              <div>
                <Button type="submit" disabled={props.submitDisabled} data-testid={props.submitTestId}>
                  {props.submitLabel}
                </Button>
              </div>
            </Stack>
          </form>
        )}
        {props.after}
      </Stack>
    </Container>
  );
}
