import type { WindowLimit } from '@tsunagu/accounts/api';

/** Each registration lands on the staff desk: a person registers a few organisations an hour at most. */
export const HELPER_REGISTRATION_PER_PERSON: WindowLimit = {
  kind: 'helper-registration:user',
  max: 5,
  windowMinutes: 60,
};
