import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CreateVaccineInput, CreateVenueInput, GenerateSlotsInput } from '../gql/graphql';
import { fieldErrorsOf } from './server-errors';

const CreateVaccineMutation = graphql(`
  mutation WizardCreateVaccine($input: CreateVaccineInput!) {
    createVaccine(input: $input) {
      id
      name
    }
  }
`);

const CreateVenueMutation = graphql(`
  mutation WizardCreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      id
      name
    }
  }
`);

const GenerateSlotsMutation = graphql(`
  mutation WizardGenerateSlots($input: GenerateSlotsInput!) {
    generateSlots(input: $input) {
      created
      skipped
    }
  }
`);

type Failure = { ok: false; fieldErrors: ReturnType<typeof fieldErrorsOf> };

/**
 * The wizard's venue step: a new vaccine when one is asked for, then the venue offering it. Both go
 * through the venues/vaccines modules' existing mutations.
 */
export function useCreateVenueWithVaccine() {
  const [createVaccine, vaccine] = useMutation(CreateVaccineMutation);
  const [createVenue, venue] = useMutation(CreateVenueMutation, {
    refetchQueries: ['WizardPage'],
    awaitRefetchQueries: true,
  });
  const create = async (
    venueInput: Omit<CreateVenueInput, 'vaccineIds'>,
    vaccineChoice: { id: string } | { create: Omit<CreateVaccineInput, 'siteId'> },
  ): Promise<{ ok: true; venueId: string; vaccineId: string } | Failure> => {
    try {
      let vaccineId: string;
      if ('id' in vaccineChoice) vaccineId = vaccineChoice.id;
      else {
        const { data } = await createVaccine({
          variables: { input: { ...vaccineChoice.create, siteId: venueInput.siteId } },
        });
        vaccineId = data!.createVaccine.id;
      }
      const { data } = await createVenue({
        variables: { input: { ...venueInput, vaccineIds: [vaccineId] } },
      });
      return { ok: true, venueId: data!.createVenue.id, vaccineId };
    } catch (error) {
      return { ok: false, fieldErrors: fieldErrorsOf(error) };
    }
  };
  return { create, loading: vaccine.loading || venue.loading };
}

/** The slot pattern, created in one generateSlots call (the server skips slots that exist). */
export function useGenerateSlots() {
  const [mutate, { loading }] = useMutation(GenerateSlotsMutation);
  const generate = async (
    input: GenerateSlotsInput,
  ): Promise<{ ok: true; created: number; skipped: number } | Failure> => {
    try {
      const { data } = await mutate({ variables: { input } });
      return { ok: true, ...data!.generateSlots };
    } catch (error) {
      return { ok: false, fieldErrors: fieldErrorsOf(error) };
    }
  };
  return { generate, loading };
}
