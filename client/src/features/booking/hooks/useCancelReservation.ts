import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CancellationErrorCode } from '../../../gql/graphql';

const CancelReservationMutation = graphql(`
  mutation CancelReservation($input: CancelReservationInput!) {
    cancelReservation(input: $input) {
      ok
      error {
        code
        message
      }
      cancelled {
        id
        status
        cancelledAt
      }
    }
  }
`);

export type CancelOutcome = { ok: true } | { ok: false; code: CancellationErrorCode };

/** Cancels a reservation (both doses of a set); the cut-off refusal is an outcome with its code. */
export function useCancelReservation() {
  const [mutate, { loading }] = useMutation(CancelReservationMutation, {
    refetchQueries: ['MyPage'],
    awaitRefetchQueries: true,
  });
  const cancel = async (reservationId: string): Promise<CancelOutcome> => {
    const { data } = await mutate({ variables: { input: { reservationId } } });
    const result = data!.cancelReservation;
    if (result.ok) return { ok: true };
    return { ok: false, code: result.error?.code ?? 'NOT_CANCELLABLE' };
  };
  return { cancel, loading };
}
