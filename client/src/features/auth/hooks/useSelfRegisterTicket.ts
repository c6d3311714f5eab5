import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { SelfRegisterTicketInput, SelfRegistrationErrorCode } from '../../../gql/graphql';
import { useRecipientLogin } from './useRecipientLogin';

const SelfRegisterTicketMutation = graphql(`
  mutation SelfRegisterTicket($input: SelfRegisterTicketInput!) {
    selfRegisterTicket(input: $input) {
      ok
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

export type SelfRegisterOutcome =
  | { ok: true }
  | { ok: false; code: SelfRegistrationErrorCode | 'LOGIN_REFUSED'; retryAfterSeconds?: number | null };

/**
 * Clinic plan: registers the person's own ticket, then logs in with it. The server answers a registration
 * the same way whether the ticket is new or was there already, so only the login says whether it fits.
 */
export function useSelfRegisterTicket() {
  const { login, loading: loggingIn } = useRecipientLogin();
  const [mutate, { loading }] = useMutation(SelfRegisterTicketMutation);
  const register = async (input: SelfRegisterTicketInput): Promise<SelfRegisterOutcome> => {
    const { data } = await mutate({ variables: { input } });
    const result = data!.selfRegisterTicket;
    if (!result.ok)
      return {
        ok: false,
        code: result.error?.code ?? 'NOT_ALLOWED_FOR_SITE',
        retryAfterSeconds: result.error?.retryAfterSeconds ?? null,
      };
    const loggedIn = await login({
      siteCode: input.siteCode,
      ticketNumber: input.ticketNumber,
      birthDate: input.birthDate,
      municipalityCode: input.municipalityCode,
    });
    if (loggedIn.ok) return { ok: true };
    return loggedIn.code === 'TOO_MANY_ATTEMPTS'
      ? { ok: false, code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: loggedIn.retryAfterSeconds }
      : { ok: false, code: 'LOGIN_REFUSED' };
  };
  return { register, loading: loading || loggingIn };
}
