import type { CouncilCode } from '../shared/brand';
import { checkCooperativeDefinition, isCooperativeCode, type CooperativeDefinition } from './cooperative-definition';
import type { Cooperative, CooperativeId } from './sufficiency-areas';

const HARTLEPOOL = 'E06000001' as CouncilCode;
const MIDDLESBROUGH = 'E06000002' as CouncilCode;
const LEEDS = 'E08000035' as CouncilCode;
const KNOWN = new Set<string>([HARTLEPOOL, MIDDLESBROUGH, LEEDS]);
const define = (id: string, codes: CouncilCode[]): CooperativeDefinition => ({ id: id as CooperativeId, name: id, councilCodes: codes });
const TEES: Cooperative = define('RCC-TEES', [HARTLEPOOL, MIDDLESBROUGH]);

describe('a cooperative code', () => {
  it.each(['RCC-TEES', 'RCC-TEES-VALLEY', 'RCC-NE2', `RCC-${'A'.repeat(36)}`])('accepts %p', (code) => expect(isCooperativeCode(code)).toBe(true));
  it.each(['E12000001', 'rcc-tees', 'RCC-', 'RCC--TEES', 'RCC-TEES-', 'RCC TEES', `RCC-${'A'.repeat(37)}`])('refuses %p', (code) => expect(isCooperativeCode(code)).toBe(false));
});

describe('checking a cooperative definition', () => {
  it('accepts councils that exist and are in no other defined cooperative', () => {
    expect(checkCooperativeDefinition(define('RCC-WEST-YORKSHIRE', [LEEDS]), KNOWN, [TEES])).toBeNull();
  });

  it('names every council code that does not exist', () => {
    expect(checkCooperativeDefinition(define('RCC-X', [LEEDS, 'E06999999' as CouncilCode, 'E10999999' as CouncilCode]), KNOWN, []))
      .toEqual({ kind: 'unknown-councils', codes: ['E06999999', 'E10999999'] });
  });

  it('refuses a council already in another defined cooperative, naming which', () => {
    expect(checkCooperativeDefinition(define('RCC-NORTH', [MIDDLESBROUGH, LEEDS]), KNOWN, [TEES]))
      .toEqual({ kind: 'councils-in-another-cooperative', taken: [{ code: MIDDLESBROUGH, cooperativeId: 'RCC-TEES' }] });
  });

  it('lets a cooperative be redefined with its own councils', () => {
    expect(checkCooperativeDefinition(define('RCC-TEES', [HARTLEPOOL, MIDDLESBROUGH, LEEDS]), KNOWN, [TEES])).toBeNull();
  });
});
