import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { LoginErrorCode, RecipientLoginInput } from '../../../gql/graphql';
import { useSession } from '../session';

const RecipientLoginMutation = graphql(`
  mutation RecipientLogin($input: RecipientLoginInput!) {
    recipientLogin(input: $input) {
      ok
      token
      expiresAt
      registrationRequired
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

export type LoginOutcome =
  | { ok: true; registrationRequired: boolean }
  | { ok: false; code: LoginErrorCode; retryAfterSeconds: number | null };

/** Logs a ticket in and starts the session; refusals come back as outcomes for the form to show. */
export function useRecipientLogin() {
  const { start } = useSession();
  const [mutate, { loading }] = useMutation(RecipientLoginMutation);
  const login = async (input: RecipientLoginInput): Promise<LoginOutcome> => {
    const { data } = await mutate({ variables: { input } });
    const result = data!.recipientLogin;
    if (!result.ok || !result.token) {
      return {
        ok: false,
        code: result.error?.code ?? 'INVALID_CREDENTIALS',
        retryAfterSeconds: result.error?.retryAfterSeconds ?? null,
      };
    }
    start({ token: result.token, expiresAt: result.expiresAt ?? null });
    return { ok: true, registrationRequired: result.registrationRequired };
  };
  return { login, loading };
}
