import type { HearthConfig } from '@app/config';

/** OpenID Connect sign-in, when an operator has configured it. */
export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUrl: URL;
  readonly roleClaim: string;
  readonly scopeClaim: string;
}

const PARTS = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const;

/** The settings, null when none are given; some but not all of them stops the app at boot. */
export function oidcSettings(config: HearthConfig): OidcSettings | null {
  const given = [config.oidcIssuerUrl, config.oidcClientId, config.oidcClientSecret, config.oidcRedirectUrl];
  if (given.every((value) => !value)) return null;
  const missing = PARTS.filter((_, i) => !given[i]);
  if (missing.length > 0) throw new Error(`OpenID Connect sign-in is half configured: also set ${missing.join(', ')}`);
  return {
    issuer: new URL(config.oidcIssuerUrl!), clientId: config.oidcClientId!, clientSecret: config.oidcClientSecret!,
    redirectUrl: new URL(config.oidcRedirectUrl!), roleClaim: config.oidcRoleClaim, scopeClaim: config.oidcScopeClaim,
  };
}

/** How staff sign in here: a development sign-in exists only outside production and without OpenID Connect. */
export type SignInMode = 'oidc' | 'development' | 'not-configured';

export function signInMode(config: HearthConfig, oidc: OidcSettings | null): SignInMode {
  if (oidc) return 'oidc';
  return config.nodeEnv === 'production' ? 'not-configured' : 'development';
}
