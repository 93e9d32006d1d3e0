import { SessionCookieCodec } from './session-cookie.codec';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const sut = new SessionCookieCodec(SECRET, 'hearth-enquiry', 7200);
const value = { answers: { firstName: 'Sam', postcode: 'SW1A 1AA' } };

describe('SessionCookieCodec', () => {
  it('opens what it sealed, and hides the contents', () => {
    const sealed = sut.seal(value, NOW);
    expect(sut.open(sealed, NOW + 1000)).toEqual(value);
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toMatch(/Sam|SW1A/);
  });

  it('seals the same value differently each time, so cookies cannot be compared', () => {
    expect(sut.seal(value, NOW)).not.toBe(sut.seal(value, NOW));
  });

  it.each([
    ['an expired cookie', () => sut.open(sut.seal(value, NOW), NOW + 7200 * 1000)],
    ['an altered cookie', () => {
      const sealed = sut.seal(value, NOW);
      const middle = Math.floor(sealed.length / 2);
      return sut.open(sealed.slice(0, middle) + (sealed[middle] === 'A' ? 'B' : 'A') + sealed.slice(middle + 1), NOW);
    }],
    ['a cookie sealed with another secret', () => new SessionCookieCodec(`${SECRET}!`, 'hearth-enquiry', 7200).open(sut.seal(value, NOW), NOW)],
    ['a cookie sealed under another name', () => new SessionCookieCodec(SECRET, 'other', 7200).open(sut.seal(value, NOW), NOW)],
    ['no cookie', () => sut.open(undefined, NOW)],
    ['a truncated cookie', () => sut.open('v1.AAAA', NOW)],
    ['an unknown version', () => sut.open(sut.seal(value, NOW).replace(/^v1/, 'v2'), NOW)],
  ])('refuses %s', (_, open) => {
    expect(open()).toBeNull();
  });
});
