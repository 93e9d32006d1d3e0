import fc from 'fast-check';
import { boundingBox, isInsideBox } from './bounding-box';
import { distanceMiles, EARTH_RADIUS_MILES, haversineMiles, roundMiles, type GeoPoint } from './distance';
import { DEFAULT_MATCHING_POLICY } from './matching-policy';
import { hasEnoughCandidates, wideningPlan } from './widening-plan';

const MANCHESTER: GeoPoint = { latitude: 53.4794, longitude: -2.2453 };
const LONDON: GeoPoint = { latitude: 51.5072, longitude: -0.1276 };

describe('distance (the DfE method)', () => {
  it.each([
    ['one degree of latitude is 2πR/360 miles', { latitude: 52, longitude: -1 }, { latitude: 53, longitude: -1 }, 69.1],
    ['Manchester town hall to Trafalgar Square (checked independently)', MANCHESTER, LONDON, 162.8],
    ['a point to itself', MANCHESTER, MANCHESTER, 0],
  ])('%s', (_, a, b, miles) => {
    expect(distanceMiles(a, b)).toBe(miles);
  });

  it('uses the mean Earth radius of 3958.8 miles', () => {
    expect(EARTH_RADIUS_MILES).toBe(3958.8);
    expect(haversineMiles({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 3958.8, 6);
  });

  it.each([
    [2.34, 2.3],
    [2.35, 2.4],
    [19.96, 20],
    [0.04, 0],
  ])('rounds %d miles to %d', (raw, rounded) => {
    expect(roundMiles(raw)).toBe(rounded);
  });

  it('is the same in both directions', () => {
    expect(haversineMiles(MANCHESTER, LONDON)).toBe(haversineMiles(LONDON, MANCHESTER));
  });
});

describe('boundingBox', () => {
  const england = fc.record({ latitude: fc.double({ min: 49.8, max: 55.9, noNaN: true }), longitude: fc.double({ min: -6.5, max: 1.8, noNaN: true }) });

  it('holds every point within the radius', () => {
    fc.assert(
      fc.property(england, fc.double({ min: 0.1, max: 300, noNaN: true }), england, (centre, radius, point) => {
        fc.pre(haversineMiles(centre, point) <= radius);
        expect(isInsideBox(point, boundingBox(centre, radius))).toBe(true);
      }),
    );
  });

  it('touches the circle at its edges, so it is no bigger than it needs to be', () => {
    const box = boundingBox(MANCHESTER, 20);
    expect(haversineMiles(MANCHESTER, { latitude: box.maxLatitude, longitude: MANCHESTER.longitude })).toBeCloseTo(20, 6);
    expect(haversineMiles(MANCHESTER, { latitude: box.minLatitude, longitude: MANCHESTER.longitude })).toBeCloseTo(20, 6);
    expect(box.minLongitude).toBeLessThan(MANCHESTER.longitude);
    expect(box.maxLongitude - MANCHESTER.longitude).toBeCloseTo(MANCHESTER.longitude - box.minLongitude, 9);
  });

  it('spans every longitude when the circle reaches a pole', () => {
    expect(boundingBox({ latitude: 89, longitude: 0 }, 200)).toMatchObject({ maxLatitude: 90, minLongitude: -180, maxLongitude: 180 });
  });

  it('refuses a negative radius', () => {
    expect(() => boundingBox(MANCHESTER, -1)).toThrow(RangeError);
  });
});

describe('wideningPlan', () => {
  it('tries 10, 20, 40, 80 and 160 miles, then the whole country, by default', () => {
    const plan = wideningPlan(MANCHESTER, DEFAULT_MATCHING_POLICY.widening);
    expect(plan.map((step) => step.radiusMiles)).toEqual([10, 20, 40, 80, 160, null]);
    expect(plan[0].box).toEqual(boundingBox(MANCHESTER, 10));
    expect(plan[5].box).toBeNull();
  });

  it('stops at the last radius when a council does not search the whole country', () => {
    const plan = wideningPlan(MANCHESTER, { radiiMiles: [20, 50], thenWholeCountry: false, enoughCandidates: 5 });
    expect(plan.map((step) => step.radiusMiles)).toEqual([20, 50]);
  });

  it.each([
    [19, false],
    [20, true],
  ])('with %i eligible homes found, enough to stop is %s', (found, enough) => {
    expect(hasEnoughCandidates(found, DEFAULT_MATCHING_POLICY.widening)).toBe(enough);
  });
});
