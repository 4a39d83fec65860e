import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { endSession, startSession, WebIdentityProvider } from './session';

/** Where the identity provider sends the browser back after signing in. */
export const SIGN_IN_CALLBACK_PATH = '/aanmelden/terug';

export type OidcSettings = Pick<WebIdentityProvider, 'issuer' | 'clientId' | 'scopes'>;

/** The issuer this tab signed in with (or is signing in with): the callback, renewal and sign-out go there. */
const CHOSEN_PROVIDER_KEY = 'wsp.identityProvider';

const managers = new Map<string, UserManager>();

/** The provider this tab chose; the only one when there is one. */
export function chosenProvider(providers: readonly WebIdentityProvider[]): WebIdentityProvider | undefined {
  if (providers.length === 1) return providers[0];
  const issuer = window.sessionStorage.getItem(CHOSEN_PROVIDER_KEY);
  return providers.find((provider) => provider.issuer === issuer);
}

/**
 * OpenID Connect in the browser: Authorization Code with PKCE (oidc-client-ts), state and tokens in this tab's
 * session storage only, the access token renewed silently with the refresh token before it expires. Every token
 * the provider hands out becomes the session's bearer token.
 */
export function oidcManager(settings: OidcSettings): UserManager {
  const known = managers.get(settings.issuer);
  if (known) return known;
  const origin = window.location.origin;
  const manager = new UserManager({
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
  managers.set(settings.issuer, manager);
  return manager;
}

function keepSession(user: User): void {
  startSession(user.access_token, user.expires_at ? user.expires_at * 1000 : undefined);
}

/** To the identity provider; back at SIGN_IN_CALLBACK_PATH, then at `returnTo`. */
export function signInWithProvider(settings: OidcSettings, returnTo: string): Promise<void> {
  window.sessionStorage.setItem(CHOSEN_PROVIDER_KEY, settings.issuer);
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
