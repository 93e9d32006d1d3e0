import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Configuration } from 'openid-client';
import type { StaffPrincipal } from '@app/auth';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { principalFromClaims } from './oidc-claims';
import { oidcSettings, type OidcSettings } from './oidc-settings';

/** What must survive the trip to the provider and back, in its own short-lived encrypted cookie. */
export interface OidcTransaction {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

type OpenIdClient = typeof import('openid-client');

const logger = new Logger('OidcSignIn');

/**
 * Authorization code flow with PKCE, state and nonce (openid-client 6). The library is loaded
 * only when sign-in is configured; the provider's metadata is discovered once per process.
 */
@Injectable()
export class OidcSignInService {
  readonly settings: OidcSettings | null;
  private configuration: Promise<Configuration> | null = null;

  constructor(@Inject(HEARTH_CONFIG) private readonly config: HearthConfig) {
    this.settings = oidcSettings(config);
  }

  /** Where to send the browser, and what to keep for the way back. */
  async start(): Promise<{ url: string; transaction: OidcTransaction }> {
    const [client, configuration] = await Promise.all([this.client(), this.discover()]);
    const transaction = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings!.redirectUrl.href, scope: 'openid profile', state: transaction.state, nonce: transaction.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier), code_challenge_method: 'S256',
    });
    return { url: url.href, transaction };
  }

  /** The person signing in, or null if the provider's answer fails any check or gives no Hearth role. */
  async finish(query: string, transaction: OidcTransaction): Promise<StaffPrincipal | null> {
    const [client, configuration] = await Promise.all([this.client(), this.discover()]);
    const current = new URL(this.settings!.redirectUrl.href);
    current.search = query;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: transaction.codeVerifier, expectedState: transaction.state, expectedNonce: transaction.nonce, idTokenExpected: true,
      });
      const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
      return principalFromClaims(claims, this.settings!.roleClaim, this.settings!.scopeClaim);
    } catch (error) {
      logger.warn({ msg: 'OpenID Connect sign-in refused', err: (error as Error).message });
      return null;
    }
  }

  private client(): Promise<OpenIdClient> {
    // openid-client is an ES module: a dynamic import keeps it out of processes that never use it.
    return import('openid-client');
  }

  private discover(): Promise<Configuration> {
    this.configuration ??= this.client().then((client) => {
      const s = this.settings!;
      // Plain HTTP is only for a provider running on a developer's machine.
      const insecure = s.issuer.protocol === 'http:' && this.config.nodeEnv !== 'production';
      return client.discovery(s.issuer, s.clientId, s.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined);
    });
    // A provider that was down at the first sign-in is asked again at the next.
    this.configuration.catch(() => { this.configuration = null; });
    return this.configuration;
  }
}
