import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { closeTestDb, resetDatabase, startTestApp } from '@app/testing';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { startLocalOidcProvider, type LocalOidcProvider } from './oidc-provider';
import { RedirectBrowser, type BrowserPage } from './redirect-browser';

/** Where the provider sends people back to; requests to this origin go to the app in process. */
const APP_ORIGIN = 'http://127.0.0.1:3001';
const CLIENT = { id: 'hearth-placements', secret: 'a-client-secret-for-the-local-provider-only', redirectUrl: `${APP_ORIGIN}/sign-in/callback` };
const ACCOUNTS = {
  // Roles as a list, as Microsoft Entra ID sends app roles.
  'officer.camden': { roles: ['placement-officer'], hearth_scope: 'council:E09000007' },
  'visitor.no-role': {},
};

describe('placement officers sign in with OpenID Connect (a real provider on this machine)', () => {
  let provider: LocalOidcProvider;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    await resetDatabase();
    provider = await startLocalOidcProvider(CLIENT, ACCOUNTS);
    app = await startTestApp(createMatchingApp, {
      oidcIssuerUrl: provider.issuer, oidcClientId: CLIENT.id, oidcClientSecret: CLIENT.secret, oidcRedirectUrl: CLIENT.redirectUrl,
      oidcRoleClaim: 'roles', oidcScopeClaim: 'hearth_scope',
    });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await provider?.stop();
    await closeTestDb();
  });

  /** Starts at the app's sign-in button, signs in at the provider and consents; the page the app ends on. */
  async function signIn(browser: RedirectBrowser, login: string): Promise<BrowserPage> {
    const loginPage = await browser.open(`${APP_ORIGIN}/sign-in/oidc`);
    expect(loginPage.url.startsWith(provider.issuer)).toBe(true);
    const consentPage = await browser.submit(loginPage, { login, password: 'anything' });
    return browser.submit(consentPage);
  }

  it('offers only the council sign-in: no development sign-in while OpenID Connect is configured', async () => {
    const page = await new RedirectBrowser(app, APP_ORIGIN).open(`${APP_ORIGIN}/sign-in`);
    expect(page.text).toContain('href="/sign-in/oidc"');
    expect(page.text).not.toContain('name="role"');
  });

  it('signs an officer in with the role and council their account gives, and their pages open', async () => {
    const browser = new RedirectBrowser(app, APP_ORIGIN);
    const home = await signIn(browser, 'officer.camden');
    expect([home.url, home.status]).toEqual([`${APP_ORIGIN}/`, 200]);
    expect(home.text).toContain('Open referrals');
    expect((await browser.open(`${APP_ORIGIN}/referrals/new`)).status).toBe(200);
  });

  it('refuses an account that gives no Hearth role, and leaves them signed out', async () => {
    const browser = new RedirectBrowser(app, APP_ORIGIN);
    const page = await signIn(browser, 'visitor.no-role');
    expect([page.url.startsWith(`${APP_ORIGIN}/sign-in/callback`), page.status]).toEqual([true, 403]);
    expect(page.text).toContain('We could not sign you in');
    expect((await browser.open(`${APP_ORIGIN}/referrals/new`)).url).toBe(`${APP_ORIGIN}/sign-in`);
  });

  it('refuses a callback it did not start, or one used twice', async () => {
    const stranger = new RedirectBrowser(app, APP_ORIGIN);
    expect((await stranger.open(`${APP_ORIGIN}/sign-in/callback?code=made-up&state=made-up`)).status).toBe(403);
    const browser = new RedirectBrowser(app, APP_ORIGIN);
    const loginPage = await browser.open(`${APP_ORIGIN}/sign-in/oidc`);
    const consentPage = await browser.submit(loginPage, { login: 'officer.camden', password: 'anything' });
    // The provider's answer, caught before it reaches the app: the callback URL with its code and state.
    const { location } = await browser.submit(consentPage, {}, { stopBefore: CLIENT.redirectUrl });
    const callback = new URL(location!, provider.issuer).href;
    expect((await browser.open(callback)).status).toBe(200);
    expect((await browser.open(callback)).status).toBe(403);
  });
});
