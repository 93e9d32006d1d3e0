import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@app/testing';

/** A person at the identity provider: their login and the claims it puts in their ID token. */
export type ProviderAccounts = Record<string, Record<string, string | readonly string[]>>;

export interface LocalOidcProvider {
  readonly issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts test/oidc/local-oidc-provider.mjs, a real OpenID Connect provider (node oidc-provider) in its
 * own process, with one client and these accounts. The app under test talks to it over HTTP as it would to
 * a council's identity provider.
 */
export async function startLocalOidcProvider(client: { id: string; secret: string; redirectUrl: string }, accounts: ProviderAccounts): Promise<LocalOidcProvider> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, '..', 'oidc', 'local-oidc-provider.mjs')], {
    env: {
      PATH: process.env.PATH, NODE_ENV: 'development', OIDC_TEST_PORT: String(port), OIDC_TEST_CLIENT_ID: client.id,
      OIDC_TEST_CLIENT_SECRET: client.secret, OIDC_TEST_REDIRECT_URL: client.redirectUrl, OIDC_TEST_ACCOUNTS: JSON.stringify(accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await listening(child);
  return { issuer: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the local OpenID provider did not start:\n${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) { clearTimeout(timer); resolve(); }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the local OpenID provider exited (${code}):\n${output}`)); });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
