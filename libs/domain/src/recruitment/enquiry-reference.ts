/**
 * Human-readable enquiry references like "FH-7K4M-9QXD": easy to read out on the phone,
 * with no 0/O, 1/I/L or U, so they survive handwriting and speech. 30^8 ≈ 6.6 × 10^11 values;
 * the database's unique constraint catches the rare collision and the caller draws again.
 */
const SYMBOLS = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Builds a reference from 8 random bytes supplied by the caller (the domain owns no randomness). */
export function enquiryReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < 8) throw new Error('enquiryReference needs 8 random bytes');
  const chars = Array.from(randomBytes.slice(0, 8), (byte) => SYMBOLS[byte % SYMBOLS.length]);
  return `FH-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export const ENQUIRY_REFERENCE_PATTERN = /^FH-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;
