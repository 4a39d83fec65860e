/** `promise`, or a rejection once `ms` have passed; the timer holds nothing open and is cleared when it settles. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** `promise`'s value if it resolves within `ms`, else undefined (also when it rejects). */
export function valueWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return withTimeout(promise, ms).catch(() => undefined);
}

/** Whether `promise` settles, either way, within `ms`. */
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const settled = promise.then(
    () => true,
    () => true,
  );
  return withTimeout(settled, ms).catch(() => false);
}
