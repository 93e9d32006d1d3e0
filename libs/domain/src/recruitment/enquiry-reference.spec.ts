import { ENQUIRY_REFERENCE_PATTERN, enquiryReference } from './enquiry-reference';

describe('enquiryReference', () => {
  it('is readable aloud: no 0, O, 1, I, L or U', () => {
    for (let seed = 0; seed < 256; seed++) {
      const reference = enquiryReference(Uint8Array.from({ length: 8 }, (_, i) => (seed * 7 + i * 31) % 256));
      expect(reference).toMatch(ENQUIRY_REFERENCE_PATTERN);
      expect(reference.slice(3)).not.toMatch(/[01OILU]/);
    }
  });

  it('is the same for the same random bytes (the domain owns no randomness)', () => {
    const bytes = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(enquiryReference(bytes)).toBe(enquiryReference(bytes));
  });

  it('refuses too few random bytes', () => expect(() => enquiryReference(new Uint8Array(4))).toThrow());
});
