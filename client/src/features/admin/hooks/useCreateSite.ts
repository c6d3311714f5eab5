import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CreateSiteInput } from '../gql/graphql';
import { fieldErrorsOf } from './server-errors';

const CreateSiteMutation = graphql(`
  mutation AdminCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
      code
      name
    }
  }
`);

export type CreateSiteOutcome =
  { ok: true; code: string; name: string } | { ok: false; fieldErrors: ReturnType<typeof fieldErrorsOf> };

/** Operators create a site; a taken code or a bad value comes back per field. */
export function useCreateSite() {
  const [mutate, { loading }] = useMutation(CreateSiteMutation, { refetchQueries: ['SitesPage'] });
  const createSite = async (input: CreateSiteInput): Promise<CreateSiteOutcome> => {
    try {
      const { data } = await mutate({ variables: { input } });
      return { ok: true, code: data!.createSite.code, name: data!.createSite.name };
    } catch (error) {
      return { ok: false, fieldErrors: fieldErrorsOf(error) };
    }
  };
  return { createSite, loading };
}
