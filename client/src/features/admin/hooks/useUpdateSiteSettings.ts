import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { UpdateSiteSettingsInput } from '../gql/graphql';
import { fieldErrorsOf } from './server-errors';

const UpdateSiteSettingsMutation = graphql(`
  mutation AdminUpdateSiteSettings($input: UpdateSiteSettingsInput!) {
    updateSiteSettings(input: $input) {
      id
      code
      ...SiteSettingsForm_site
    }
  }
`);

export type UpdateSettingsOutcome =
  { ok: true; code: string } | { ok: false; fieldErrors: ReturnType<typeof fieldErrorsOf> };

/** Saves site settings; refusals come back per field for the form to show at each field. */
export function useUpdateSiteSettings() {
  // The answer updates the cached site by id; a new code is a new URL (the caller navigates).
  const [mutate, { loading }] = useMutation(UpdateSiteSettingsMutation);
  const save = async (input: UpdateSiteSettingsInput): Promise<UpdateSettingsOutcome> => {
    try {
      const { data } = await mutate({ variables: { input } });
      return { ok: true, code: data!.updateSiteSettings.code };
    } catch (error) {
      return { ok: false, fieldErrors: fieldErrorsOf(error) };
    }
  };
  return { save, loading };
}
