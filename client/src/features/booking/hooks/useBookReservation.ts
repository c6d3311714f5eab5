import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { BookingErrorCode, BookReservationInput } from '../../../gql/graphql';

const BookReservationMutation = graphql(`
  mutation BookReservation($input: BookReservationInput!) {
    bookReservation(input: $input) {
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
          remaining
        }
      }
    }
  }
`);

export type BookOutcome = { ok: true } | { ok: false; code: BookingErrorCode; message: string };

/** Books a dose (a set in SET mode); "slot just filled" and other refusals are outcomes, not crashes. */
export function useBookReservation() {
  const [mutate, { loading }] = useMutation(BookReservationMutation, {
    refetchQueries: ['MyPage'],
    awaitRefetchQueries: true,
  });
  const book = async (input: BookReservationInput): Promise<BookOutcome> => {
    const { data } = await mutate({ variables: { input } });
    const result = data!.bookReservation;
    if (result.ok) return { ok: true };
    return {
      ok: false,
      code: result.error?.code ?? 'SLOT_UNAVAILABLE',
      message: result.error?.message ?? '',
    };
  };
  return { book, loading };
}
