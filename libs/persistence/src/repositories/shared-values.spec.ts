import { SharedLists, SharedValues } from './shared-values';

describe('SharedLists', () => {
  it('gives equal lists one frozen copy, and keeps lists in different orders apart', () => {
    const sut = new SharedLists();
    const first = sut.share(['en', 'cy']);
    expect(sut.share(['en', 'cy'])).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(sut.share(['cy', 'en'])).toEqual(['cy', 'en']);
    expect(sut.share([])).toBe(sut.share([]));
  });
});

describe('SharedValues', () => {
  it('stops keeping new values at its capacity but still returns them, frozen', () => {
    const sut = new SharedValues<{ n: number }>(1);
    const kept = sut.share('a', { n: 1 });
    expect(sut.share('a', { n: 1 })).toBe(kept);
    const extra = sut.share('b', { n: 2 });
    expect(extra).toEqual({ n: 2 });
    expect(Object.isFrozen(extra)).toBe(true);
    expect(sut.share('b', { n: 2 })).not.toBe(extra);
  });
});
