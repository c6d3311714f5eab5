import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AdminLoginInput, LoginErrorCode } from '../gql/graphql';
import { useAdminSession } from '../session';

const AdminLoginMutation = graphql(`
  mutation AdminLogin($input: AdminLoginInput!) {
    adminLogin(input: $input) {
      ok
      token
      expiresAt
      admin {
        id
        email
        displayName
        role
        siteId
      }
      error {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

export type AdminLoginOutcome =
  { ok: true } | { ok: false; code: LoginErrorCode; retryAfterSeconds: number | null };

/** Logs an admin in and starts the session; a refusal comes back as an outcome for the form. */
export function useAdminLogin() {
  const { start } = useAdminSession();
  const [mutate, { loading }] = useMutation(AdminLoginMutation);
  const login = async (input: AdminLoginInput): Promise<AdminLoginOutcome> => {
    const { data } = await mutate({ variables: { input } });
    const result = data!.adminLogin;
    if (!result.ok || !result.token || !result.admin) {
      return {
        ok: false,
        code: result.error?.code ?? 'INVALID_CREDENTIALS',
        retryAfterSeconds: result.error?.retryAfterSeconds ?? null,
      };
    }
    const { id, email, displayName, role, siteId } = result.admin;
    start({
      token: result.token,
      expiresAt: result.expiresAt ?? null,
      admin: { id, email, displayName, role, siteId: siteId ?? null },
    });
    return { ok: true };
  };
  return { login, loading };
}
