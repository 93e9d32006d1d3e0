/** ONS country initial as stored: England, Wales, Scotland, Northern Ireland, Channel Islands, Isle of Man. */
export type CountryInitial = 'E' | 'W' | 'S' | 'N' | 'L' | 'M';

const BY_GSS_CODE: Readonly<Record<string, CountryInitial>> = {
  E92000001: 'E',
  W92000004: 'W',
  S92000003: 'S',
  N92000002: 'N',
  L93000001: 'L',
  M83000003: 'M',
};

const BY_NAME: Readonly<Record<string, CountryInitial>> = {
  england: 'E',
  wales: 'W',
  scotland: 'S',
  'northern ireland': 'N',
  'channel islands': 'L',
  'isle of man': 'M',
};

/** From an ONSPD country column (ctry / ctry25cd); null for anything else. */
export function countryFromGssCode(code: string): CountryInitial | null {
  return BY_GSS_CODE[code.trim().toUpperCase()] ?? null;
}

/** From a country written as a word ("England"), as derived files do; a GSS code is accepted too. */
export function countryFromName(name: string): CountryInitial | null {
  return BY_NAME[name.trim().toLowerCase()] ?? countryFromGssCode(name);
}
