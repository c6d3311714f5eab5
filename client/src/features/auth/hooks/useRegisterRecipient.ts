import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { RegisterRecipientInput } from '../../../gql/graphql';
import { fieldOfError } from '../contact-input';

const RegisterRecipientMutation = graphql(`
  mutation RegisterRecipient($input: RegisterRecipientInput!) {
    registerRecipient(input: $input) {
      siteCode
      ticketNumber
      registered
      familyNameKana
      givenNameKana
      email
      reminderOptIn
    }
  }
`);

export type RegisterOutcome = { ok: true } | { ok: false; field: string | null; message: string };

/** First-login registration; a field the server refuses comes back with its name for the form. */
export function useRegisterRecipient() {
  const [mutate, { loading }] = useMutation(RegisterRecipientMutation);
  const register = async (input: RegisterRecipientInput): Promise<RegisterOutcome> => {
    try {
      await mutate({ variables: { input } });
      return { ok: true };
    } catch (error) {
      if (CombinedGraphQLErrors.is(error)) {
        const first = error.errors[0];
        return { ok: false, field: fieldOfError(first?.extensions), message: first?.message ?? '' };
      }
      throw error;
    }
  };
  return { register, loading };
}
