import { SealedCookieCodec } from './sealed-cookie.codec';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const TWO_HOURS = 7200 * 1000;
const codec = (overrides: Partial<{ secret: string; purpose: string; cookieName: string }> = {}) =>
  new SealedCookieCodec({ secret: SECRET, purpose: 'enquiry-journey-cookie', cookieName: 'hearth-enquiry', ...overrides });
const sut = codec();
const value = { answers: { firstName: 'Sam', postcode: 'SW1A 1AA' } };

describe('SealedCookieCodec', () => {
  it('opens what it sealed, and hides the contents', () => {
    const sealed = sut.seal(value, NOW + TWO_HOURS);
    expect(sut.open(sealed, NOW + 1000)).toEqual(value);
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toMatch(/Sam|SW1A/);
  });

  it('seals the same value differently each time, so cookies cannot be compared', () => {
    expect(sut.seal(value, NOW + TWO_HOURS)).not.toBe(sut.seal(value, NOW + TWO_HOURS));
  });

  it.each([
    ['an expired cookie', () => sut.open(sut.seal(value, NOW + TWO_HOURS), NOW + TWO_HOURS)],
    ['an altered cookie', () => {
      const sealed = sut.seal(value, NOW + TWO_HOURS);
      const middle = Math.floor(sealed.length / 2);
      return sut.open(sealed.slice(0, middle) + (sealed[middle] === 'A' ? 'B' : 'A') + sealed.slice(middle + 1), NOW);
    }],
    ['a cookie sealed with another secret', () => codec({ secret: `${SECRET}!` }).open(sut.seal(value, NOW + TWO_HOURS), NOW)],
    ['a cookie sealed under another name', () => codec({ cookieName: 'other' }).open(sut.seal(value, NOW + TWO_HOURS), NOW)],
    ['a cookie sealed for another purpose', () => codec({ purpose: 'staff-session-cookie' }).open(sut.seal(value, NOW + TWO_HOURS), NOW)],
    ['no cookie', () => sut.open(undefined, NOW)],
    ['a truncated cookie', () => sut.open('v1.AAAA', NOW)],
    ['an unknown version', () => sut.open(sut.seal(value, NOW + TWO_HOURS).replace(/^v1/, 'v2'), NOW)],
  ])('refuses %s', (_, open) => {
    expect(open()).toBeNull();
  });
});
