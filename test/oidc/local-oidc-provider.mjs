// A real OpenID Connect provider on 127.0.0.1 for the sign-in tests, standing in for a council's
// identity provider (e.g. Microsoft Entra ID): discovery, authorization code with PKCE, signed ID
// tokens. Its people and their claims come from OIDC_TEST_ACCOUNTS (JSON: login -> claims); its
// quick-start login and consent pages take any password. Prints "listening" when ready.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_TEST_PORT);
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}');

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: process.env.OIDC_TEST_CLIENT_ID,
    client_secret: process.env.OIDC_TEST_CLIENT_SECRET,
    redirect_uris: [process.env.OIDC_TEST_REDIRECT_URL],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  async findAccount(_ctx, id) {
    if (!Object.hasOwn(accounts, id)) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, name: id, ...accounts[id] }) };
  },
  // The role and scope travel in the ID token, as Entra ID sends app roles.
  claims: { openid: ['sub'], profile: ['name', 'roles', 'hearth_scope'] },
  conformIdTokenClaims: false,
  cookies: { keys: ['local-test-provider-cookie-key'] },
  ttl: { Interaction: 600, Session: 600, Grant: 600 },
});

provider.listen(port, '127.0.0.1', () => process.stdout.write('listening\n'));
