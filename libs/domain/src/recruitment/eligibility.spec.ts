import { assessEligibility } from './eligibility';

describe('assessEligibility', () => {
  it('finds someone likely eligible when all three answers are yes', () => {
    expect(assessEligibility({ aged21OrOver: 'yes', hasSpareBedroom: 'yes', livesInEngland: 'yes' })).toEqual({ likelyEligible: true, notes: [] });
  });

  it.each([
    ['aged21OrOver', /from the age of 21/],
    ['hasSpareBedroom', /bedroom of their own/],
    ['livesInEngland', /fostering services in England/],
  ] as const)('explains kindly when %s is no, without blocking the enquiry', (topic, explanation) => {
    const answers = { aged21OrOver: 'yes', hasSpareBedroom: 'yes', livesInEngland: 'yes', [topic]: 'no' } as const;
    const outcome = assessEligibility(answers);
    expect(outcome.likelyEligible).toBe(false);
    expect(outcome.notes).toHaveLength(1);
    expect(outcome.notes[0].topic).toBe(topic);
    expect(outcome.notes[0].explanation).toMatch(explanation);
  });

  it('lists every answer that may need to change', () => {
    expect(assessEligibility({ aged21OrOver: 'no', hasSpareBedroom: 'no', livesInEngland: 'no' }).notes).toHaveLength(3);
  });
});
