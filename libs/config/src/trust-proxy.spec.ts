import { readHearthConfig } from './hearth-config';

const valid = { AUTH_JWT_SECRET: 'x'.repeat(32), SESSION_SECRET: 'y'.repeat(32) };

describe('TRUST_PROXY', () => {
  it.each([
    ['believes only proxies on this machine or a private network by default', undefined, 'loopback,linklocal,uniquelocal'],
    ['takes addresses and CIDR ranges', ' 10.0.0.5, 192.168.0.0/16 ', '10.0.0.5,192.168.0.0/16'],
    ['takes false, so no one may name the client', 'false', false],
  ])('%s', (_name, raw, expected) => {
    expect(readHearthConfig({ ...valid, ...(raw === undefined ? {} : { TRUST_PROXY: raw }) }).trustProxy).toEqual(expected);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => readHearthConfig({ ...valid, TRUST_PROXY: 'everyone; drop' })).toThrow(/TRUST_PROXY must be addresses or CIDR ranges/);
  });
});
