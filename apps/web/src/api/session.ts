/**
 * The signed-in session: a bearer token kept in this tab's session storage only (never a cookie, never shared
 * with another tab or kept after the browser closes), dropped when it expires or on sign-out.
 */
const TOKEN_KEY = 'wsp.token';
/** When the token expires (ms), for tokens the app cannot read itself (an identity provider's opaque token). */
const EXPIRES_KEY = 'wsp.token.expires';

export function currentToken(): string | undefined {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  if (!token) return undefined;
  const stored = Number(sessionStorage.getItem(EXPIRES_KEY));
  if ((stored || expiresAt(token)) <= Date.now()) {
    endSession();
    return undefined;
  }
  return token;
}

export function startSession(token: string, expires?: number): void {
  sessionStorage.setItem(TOKEN_KEY, token);
  if (expires) sessionStorage.setItem(EXPIRES_KEY, String(expires));
  else sessionStorage.removeItem(EXPIRES_KEY);
}

export function endSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(EXPIRES_KEY);
}

/** The token's `exp` in milliseconds; a token that cannot be read counts as expired. */
function expiresAt(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
}

export interface DemoUser {
  email: string;
  displayName: string;
  organisation: string;
  roles: string[];
}

/** An identity provider the web app can sign in with (one per organisation, or one for the whole region). */
export interface WebIdentityProvider {
  name: string;
  issuer: string;
  clientId: string;
  scopes: string;
}

export interface WebConfig {
  auth: { mode: 'development' } | { mode: 'oidc'; providers: WebIdentityProvider[] };
  /** Outside production without a mail server: mail goes to a sink whose messages a page shows. */
  devMailbox?: boolean;
}

let webConfig: Promise<WebConfig> | undefined;

/** The API's public configuration, read once per page load. */
export function loadWebConfig(): Promise<WebConfig> {
  webConfig ??= fetch('/config.json').then(async (response) => {
    if (!response.ok) throw new Error(`config.json: ${response.status}`);
    return (await response.json()) as WebConfig;
  });
  // A failed read is not kept: the next caller tries again.
  webConfig.catch(() => (webConfig = undefined));
  return webConfig;
}

export async function loadDemoUsers(): Promise<DemoUser[]> {
  const response = await fetch('/dev/demo-users');
  if (!response.ok) throw new Error(`demo users: ${response.status}`);
  return (await response.json()) as DemoUser[];
}

/** Development only: the API signs a token for a demo user (the route does not exist in production). */
export async function signInAsDemoUser(email: string): Promise<void> {
  const response = await fetch('/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status}`);
  startSession(((await response.json()) as { token: string }).token);
}
