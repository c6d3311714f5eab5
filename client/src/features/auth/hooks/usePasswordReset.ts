import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type {
  PasswordResetErrorCode,
  RequestPasswordResetInput,
  ResetPasswordWithFactsInput,
  ResetPasswordWithLinkInput,
} from '../../../gql/graphql';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      ok
      error {
        code
        retryAfterSeconds
      }
    }
  }
`);

const ResetPasswordWithFactsMutation = graphql(`
  mutation ResetPasswordWithFacts($input: ResetPasswordWithFactsInput!) {
    resetPasswordWithFacts(input: $input) {
      ok
      error {
        code
        retryAfterSeconds
      }
    }
  }
`);

const ResetPasswordWithLinkMutation = graphql(`
  mutation ResetPasswordWithLink($input: ResetPasswordWithLinkInput!) {
    resetPasswordWithLink(input: $input) {
      ok
      error {
        code
      }
    }
  }
`);

export type ResetOutcome =
  { ok: true } | { ok: false; code: PasswordResetErrorCode; retryAfterSeconds: number | null };

type Answer = {
  ok: boolean;
  error?: { code: PasswordResetErrorCode; retryAfterSeconds?: number | null } | null;
};

function outcomeOf(answer: Answer): ResetOutcome {
  if (answer.ok) return { ok: true };
  return {
    ok: false,
    code: answer.error?.code ?? 'INVALID_CREDENTIALS',
    retryAfterSeconds: answer.error?.retryAfterSeconds ?? null,
  };
}

/** The three ways out of a forgotten password; each answers an outcome for the form to show. */
export function usePasswordReset() {
  const [request, requesting] = useMutation(RequestPasswordResetMutation);
  const [withFacts, settingWithFacts] = useMutation(ResetPasswordWithFactsMutation);
  const [withLink, settingWithLink] = useMutation(ResetPasswordWithLinkMutation);
  return {
    requestMail: async (input: RequestPasswordResetInput) =>
      outcomeOf((await request({ variables: { input } })).data!.requestPasswordReset),
    resetWithFacts: async (input: ResetPasswordWithFactsInput) =>
      outcomeOf((await withFacts({ variables: { input } })).data!.resetPasswordWithFacts),
    resetWithLink: async (input: ResetPasswordWithLinkInput) =>
      outcomeOf((await withLink({ variables: { input } })).data!.resetPasswordWithLink),
    loading: requesting.loading || settingWithFacts.loading || settingWithLink.loading,
  };
}
