import { placementCodes, type PlacementFacts } from './placement-codes';

const base: PlacementFacts = {
  connectedPerson: false, fosteringType: 'short-term', fosteringForAdoption: false,
  provider: { kind: 'council', councilCode: 'E08000003' }, placingCouncilCode: 'E08000003',
};

describe('SSDA903 codes for a foster placement', () => {
  it.each([
    ['a connected person, long term', { connectedPerson: true, fosteringType: 'long-term' }, 'U1'],
    ['a connected person who is also an approved adopter', { connectedPerson: true, fosteringForAdoption: true }, 'U2'],
    ['a connected person, short term', { connectedPerson: true }, 'U3'],
    ['another carer, long term', { fosteringType: 'long-term' }, 'U4'],
    ['another carer who is also an approved adopter', { fosteringForAdoption: true }, 'U5'],
    ['another carer, emergency', { fosteringType: 'emergency' }, 'U6'],
  ] as const)('%s is %s', (_, facts, expected) => {
    expect(placementCodes({ ...base, ...facts }).placementType).toBe(expected);
  });

  it.each([
    ['the placing council\'s own carer', { kind: 'council', councilCode: 'E08000003' }, 'PR1'],
    ['another council\'s carer', { kind: 'council', councilCode: 'E08000006' }, 'PR2'],
    ['a private agency\'s carer', { kind: 'agency', sector: 'private' }, 'PR4'],
    ['a voluntary agency\'s carer', { kind: 'agency', sector: 'voluntary' }, 'PR5'],
  ] as const)('%s is provided by %s', (_, provider, expected) => {
    expect(placementCodes({ ...base, provider }).providerType).toBe(expected);
  });
});
