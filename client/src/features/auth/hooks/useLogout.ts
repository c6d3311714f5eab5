import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { useSession } from '../session';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session on the server (the token stops working at once), then forgets it here. */
export function useLogout() {
  const { end } = useSession();
  const [mutate] = useMutation(LogoutMutation);
  return async () => {
    try {
      await mutate();
    } finally {
      end();
    }
  };
}
