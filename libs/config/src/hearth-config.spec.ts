import { ConfigError } from './env-schema';
import { readHearthConfig } from './hearth-config';

const valid = { AUTH_JWT_SECRET: 'x'.repeat(32), SESSION_SECRET: 'y'.repeat(32) };

describe('readHearthConfig', () => {
  it('applies defaults for everything but the secrets', () => {
    const config = readHearthConfig({ ...valid });
    expect(config.recruitmentPort).toBe(3000);
    expect(config.queuePrefix).toBe('{hearth}');
  });

  it('names every bad variable in one error, without echoing secrets', () => {
    const attempt = () => readHearthConfig({ RECRUITMENT_PORT: 'ninety', DATABASE_URL: 'mysql://secret@x/y', SESSION_SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('RECRUITMENT_PORT must be a whole number from 1 to 65535 (got "ninety")');
      expect(message).toContain('DATABASE_URL must be a URL (postgres or postgresql)');
      expect(message).toContain('SESSION_SECRET must be at least 32 characters');
      expect(message).not.toContain('secret@x');
    }
  });

  it('needs the HS256 secret when tokens are HS256', () => {
    expect(() => readHearthConfig({ SESSION_SECRET: 'y'.repeat(32) })).toThrow(/AUTH_JWT_SECRET is required/);
  });
});
