import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ChangeErrorCode, ChangeReservationInput } from '../../../gql/graphql';

const ChangeReservationMutation = graphql(`
  mutation ChangeReservation($input: ChangeReservationInput!) {
    changeReservation(input: $input) {
      ok
      error {
        code
        message
      }
      reservations {
        id
        dose
        status
        slot {
          id
          startsAt
          remaining
        }
      }
      previousSlots {
        id
        remaining
      }
    }
  }
`);

export type ChangeOutcome = { ok: true } | { ok: false; code: ChangeErrorCode; message: string };

/**
 * Moves a booking to another slot (and dose 2 with dose 1 of a set). A refusal (the new place taken
 * meanwhile, the cut-off) is an outcome with its code: the old booking is then untouched.
 */
export function useChangeReservation() {
  const [mutate, { loading }] = useMutation(ChangeReservationMutation, {
    refetchQueries: ['MyPage'],
    awaitRefetchQueries: true,
  });
  const change = async (input: ChangeReservationInput): Promise<ChangeOutcome> => {
    const { data } = await mutate({ variables: { input } });
    const result = data!.changeReservation;
    if (result.ok) return { ok: true };
    return {
      ok: false,
      code: result.error?.code ?? 'NOT_CHANGEABLE',
      message: result.error?.message ?? '',
    };
  };
  return { change, loading };
}
