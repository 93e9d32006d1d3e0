import type { CouncilCode } from '../shared/brand';
import { councilServiceCode, routeEnquiry } from './enquiry-routing';

const westminster = 'E09000033' as CouncilCode;
const routing = new Map([[westminster, 'HUB-LONDON']]);

describe('routeEnquiry', () => {
  it('sends an English postcode to the service its council has chosen', () => {
    expect(routeEnquiry({ found: true, councilCode: westminster, country: 'england' }, routing)).toEqual({
      kind: 'service', serviceCode: 'HUB-LONDON', councilCode: westminster,
    });
  });

  it('sends an unknown postcode to triage rather than dropping it', () => {
    expect(routeEnquiry({ found: false }, routing)).toEqual({ kind: 'triage', reason: 'postcode-not-found', councilCode: null });
  });

  it.each(['wales', 'scotland', 'other'] as const)('sends a postcode in %s to triage', (country) => {
    expect(routeEnquiry({ found: true, councilCode: null, country }, routing)).toMatchObject({ kind: 'triage', reason: 'outside-england' });
  });

  it('sends an English council with no service configured to triage, keeping the council', () => {
    const camden = 'E09000007' as CouncilCode;
    expect(routeEnquiry({ found: true, councilCode: camden, country: 'england' }, routing)).toEqual({
      kind: 'triage', reason: 'no-service-for-council', councilCode: camden,
    });
  });

  it('names a council\'s own team by its GSS code', () => expect(councilServiceCode('E09000033')).toBe('LA-E09000033'));
});
