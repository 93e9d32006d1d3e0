import { firstUnstorableText, nestsDeeperThan } from './input-guards';

function nest(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('nestsDeeperThan', () => {
  it('measures objects and arrays alike, without recursion, however deep', () => {
    expect(nestsDeeperThan({ a: { b: [1, 2] } }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: { b: [{ c: 1 }] } }, 3)).toBe(true);
    expect(nestsDeeperThan(nest(50_000), 32)).toBe(true);
    expect(nestsDeeperThan(nest(32), 32)).toBe(false);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });
});

describe('firstUnstorableText', () => {
  it.each([
    ['a NUL character, by its field', { children: [{ religion: 'a\u0000b' }] }, 'children.0.religion'],
    ['a lone high surrogate', { note: 'x\ud800' }, 'note'],
    ['a lone low surrogate in a list', ['ok', '\udc00'], '1'],
    ['a bare string', '\u0000', 'body'],
  ])('finds %s', (_name, value, field) => {
    expect(firstUnstorableText(value)).toBe(field);
  });

  it('lets every other text through: emoji, right-to-left, zero-width and combining characters', () => {
    expect(firstUnstorableText({ a: '😀 שלום \u202e\u200b e\u0301', b: [1, null, true] })).toBeNull();
  });
});
