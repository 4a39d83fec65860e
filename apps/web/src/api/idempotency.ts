import { useCallback, useRef } from 'react';

/**
 * One idempotency key per thing a form creates: sent with every try of a submit (a retry after a timeout or a lost
 * answer returns what the first try made, and writes nothing), replaced once the create succeeded.
 */
export function useIdempotencyKey(): { key: string; done: () => void } {
  const key = useRef(crypto.randomUUID());
  const done = useCallback(() => {
    key.current = crypto.randomUUID();
  }, []);
  return { key: key.current, done };
}
