import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { SelfRegisterTicketInput, SelfRegistrationErrorCode } from '../../../gql/graphql';
import { useSession } from '../session';

const SelfRegisterTicketMutation = graphql(`
  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {
    selfRegisterTicket(input: $input) {
      ok
      token
      expiresAt
      error {
        code
        message
      }
    }
  }
`);

export type SelfRegisterOutcome = { ok: true } | { ok: false; code: SelfRegistrationErrorCode };

/** Clinic plan: registers the person's own ticket and logs them in. */
export function useSelfRegisterTicket() {
  const { start } = useSession();
  const [mutate, { loading }] = useMutation(SelfRegisterTicketMutation);
  const register = async (input: SelfRegisterTicketInput): Promise<SelfRegisterOutcome> => {
    const { data } = await mutate({ variables: { input } });
    const result = data!.selfRegisterTicket;
    if (!result.ok || !result.token) return { ok: false, code: result.error?.code ?? 'NOT_ALLOWED_FOR_SITE' };
    start({ token: result.token, expiresAt: result.expiresAt ?? null });
    return { ok: true };
  };
  return { register, loading };
}
