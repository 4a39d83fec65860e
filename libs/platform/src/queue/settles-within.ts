/** `promise`'s value if it resolves within `ms`, else undefined (also when it rejects); the timer holds nothing open. */
export async function valueWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise.catch(() => undefined), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `promise` settles, either way, within `ms`. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return (
    (await valueWithin(
      promise.then(
        () => true,
        () => true,
      ),
      ms,
    )) === true
  );
}
