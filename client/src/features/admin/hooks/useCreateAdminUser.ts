import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CreateAdminUserInput } from '../gql/graphql';
import { fieldErrorsOf } from './server-errors';

const CreateAdminUserMutation = graphql(`
  mutation AdminCreateAdminUser($input: CreateAdminUserInput!) {
    createAdminUser(input: $input) {
      id
      email
    }
  }
`);

/** Creates a site admin or venue staff member; refusals come back per field. */
export function useCreateAdminUser() {
  const [mutate, { loading }] = useMutation(CreateAdminUserMutation, { refetchQueries: ['SiteHome'] });
  const createAdminUser = async (
    input: CreateAdminUserInput,
  ): Promise<{ ok: true; email: string } | { ok: false; fieldErrors: ReturnType<typeof fieldErrorsOf> }> => {
    try {
      const { data } = await mutate({ variables: { input } });
      return { ok: true, email: data!.createAdminUser.email };
    } catch (error) {
      return { ok: false, fieldErrors: fieldErrorsOf(error) };
    }
  };
  return { createAdminUser, loading };
}
