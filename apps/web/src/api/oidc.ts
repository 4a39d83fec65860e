import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { endSession, startSession } from './session';

/** Where the identity provider sends the browser back after signing in. */
export const SIGN_IN_CALLBACK_PATH = '/aanmelden/terug';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scopes: string;
}

let manager: UserManager | undefined;

/**
 * OpenID Connect in the browser: Authorization Code with PKCE (oidc-client-ts), state and tokens in this tab's
 * session storage only, the access token renewed silently with the refresh token before it expires. Every token
 * the provider hands out becomes the session's bearer token.
 */
export function oidcManager(settings: OidcSettings): UserManager {
  if (manager) return manager;
  const origin = window.location.origin;
  manager = new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    scope: settings.scopes,
    redirect_uri: `${origin}${SIGN_IN_CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    // Renewal uses the refresh token: no hidden iframe, so the app keeps `frame-ancestors 'none'`.
    validateSubOnSilentRenew: true,
  });
  manager.events.addUserLoaded(keepSession);
  manager.events.addSilentRenewError(() => undefined); // the session then ends when the token expires
  manager.events.addUserSignedOut(endSession);
  return manager;
}

function keepSession(user: User): void {
  startSession(user.access_token, user.expires_at ? user.expires_at * 1000 : undefined);
}

/** To the identity provider; back at SIGN_IN_CALLBACK_PATH, then at `returnTo`. */
export function signInWithProvider(settings: OidcSettings, returnTo: string): Promise<void> {
  return oidcManager(settings).signinRedirect({ state: { returnTo } });
}

/** The provider's answer: exchanges the code (with the PKCE verifier) and starts the session. */
export async function completeSignIn(settings: OidcSettings): Promise<string> {
  const user = await oidcManager(settings).signinRedirectCallback();
  keepSession(user);
  const state = user.state as { returnTo?: string } | undefined;
  return state?.returnTo?.startsWith('/') ? state.returnTo : '/';
}

/** Signed in before in this tab: renewal resumes (after a reload the manager is new). */
export async function resumeSession(settings: OidcSettings): Promise<void> {
  const user = await oidcManager(settings).getUser();
  if (user && !user.expired) keepSession(user);
}

/** Ends the session here and at the provider (when it offers RP-initiated logout). */
export async function signOutAtProvider(settings: OidcSettings): Promise<void> {
  const current = oidcManager(settings);
  endSession();
  await current.removeUser();
  try {
    await current.signoutRedirect();
  } catch {
    // No end_session_endpoint: signed out here, which is what the user asked.
  }
}
