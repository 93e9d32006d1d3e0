import { formatScope, parseScope } from './staff-role';

describe('staff scopes', () => {
  it.each([
    ['cooperative:RCC-TEES-VALLEY', { kind: 'cooperative', code: 'RCC-TEES-VALLEY' }],
    ['region:E12000001', { kind: 'region', code: 'E12000001' }],
    ['council:E06000001', { kind: 'council', code: 'E06000001' }],
    ['england', { kind: 'england' }],
  ])('reads %p and writes it back the same', (raw, scope) => {
    expect(parseScope(raw)).toEqual(scope);
    expect(formatScope(parseScope(raw)!)).toBe(raw);
  });

  it.each(['cooperative:E12000001', 'cooperative:rcc-tees', 'cooperative:RCC-', `cooperative:RCC-${'A'.repeat(37)}`, 'cooperative:RCC-TEES:X'])(
    'refuses %p (a cooperative scope names a defined cooperative by its RCC- code)', (raw) => {
      expect(parseScope(raw)).toBeNull();
    });
});
