import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { useAdminSession } from '../session';

const AdminLogoutMutation = graphql(`
  mutation AdminLogout {
    logout
  }
`);

/** Ends the session on the server (the token stops working at once), then forgets it here. */
export function useAdminLogout() {
  const { end } = useAdminSession();
  const [mutate] = useMutation(AdminLogoutMutation);
  return async () => {
    try {
      await mutate();
    } finally {
      end();
    }
  };
}
