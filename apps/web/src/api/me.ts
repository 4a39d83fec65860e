import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';

const ME = graphql(`
  query Me {
    me {
      id
      displayName
      email
      roles
      organisation {
        id
        name
        regionCodes
      }
    }
    unreadNotificationCount
  }
`);

/** Who is signed in (roles decide the menu and the start page) and how many notifications wait. */
export function useMe() {
  const [{ data, error }] = useQuery({ query: ME, requestPolicy: 'cache-and-network' });
  const roles = new Set<Role>(data?.me.roles ?? []);
  return {
    me: data?.me,
    unread: data?.unreadNotificationCount ?? 0,
    error,
    has: (...wanted: Role[]) => wanted.some((role) => roles.has(role)),
  };
}
