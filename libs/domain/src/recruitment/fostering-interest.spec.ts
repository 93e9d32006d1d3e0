import { followUpPriority } from './fostering-interest';

describe('followUpPriority', () => {
  it.each([
    [['sibling-groups'], 'shortage'],
    [['teenagers', 'short-breaks'], 'shortage'],
    [['uasc'], 'shortage'],
    [['parent-and-child'], 'shortage'],
    [['complex-trauma'], 'shortage'],
    [['short-breaks', 'emergency'], 'standard'],
    [[], 'standard'],
  ] as const)('puts an enquiry open to %j in the %s queue', (interests, priority) => {
    expect(followUpPriority(interests)).toBe(priority);
  });
});
