import { VerifiedTokens } from './verified-tokens';
import type { StaffPrincipal } from './staff-role';

const officer: StaffPrincipal = { subject: 'officer-1', role: 'placement-officer', scope: { kind: 'council', code: 'E09000033' } };

describe('VerifiedTokens', () => {
  let clock = 1_000_000_000_000;
  const tokens = () => new VerifiedTokens(60_000, 2, () => clock);
  beforeEach(() => { clock = 1_000_000_000_000; });

  it('answers for a token it checked, and only for that exact token', () => {
    const cache = tokens();
    cache.remember('a.b.c', officer, clock / 1000 + 3600);
    expect(cache.get('a.b.c')).toBe(officer);
    expect(cache.get('a.b.C')).toBeNull();
  });

  it("never outlives the token's expiry", () => {
    const cache = tokens();
    cache.remember('a.b.c', officer, clock / 1000 + 10);
    clock += 9_999;
    expect(cache.get('a.b.c')).toBe(officer);
    clock += 1;
    expect(cache.get('a.b.c')).toBeNull();
  });

  it('checks a long-lived token again after its maximum age', () => {
    const cache = tokens();
    cache.remember('a.b.c', officer, clock / 1000 + 3600);
    clock += 60_000;
    expect(cache.get('a.b.c')).toBeNull();
  });

  it('keeps to its capacity, forgetting the oldest first', () => {
    const cache = tokens();
    cache.remember('one', officer, clock / 1000 + 3600);
    cache.remember('two', officer, clock / 1000 + 3600);
    cache.remember('three', officer, clock / 1000 + 3600);
    expect([cache.get('one'), cache.get('two'), cache.get('three')]).toEqual([null, officer, officer]);
  });
});
