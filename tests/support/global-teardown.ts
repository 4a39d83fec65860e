/** Stops the run's database server (and with it an embedded PostgreSQL). */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__WSP_TEST_DATABASE_SERVER__;
  if (!server || server.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}
