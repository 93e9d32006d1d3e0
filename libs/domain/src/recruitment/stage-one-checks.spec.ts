import { checksComplete, outstandingChecks, type StageOneCheck } from './stage-one-checks';

const cleared = (kind: StageOneCheck['kind']): StageOneCheck => ({ kind, state: 'cleared' });
const allRequired = [cleared('dbs'), cleared('local-authority'), cleared('medical'), cleared('references')];

describe('stage 1 checks', () => {
  it('are complete when every required kind has its answer', () => {
    expect(checksComplete(allRequired)).toBe(true);
  });

  it('count a concern as an answer: the decision, not the clock, deals with it', () => {
    expect(checksComplete([...allRequired.slice(1), { kind: 'dbs', state: 'concern' }])).toBe(true);
  });

  it('are not complete while any check is awaited, such as a second adult\'s DBS', () => {
    expect(checksComplete([...allRequired, { kind: 'dbs', state: 'requested' }])).toBe(false);
  });

  it('are not complete while a required kind was never asked for', () => {
    const checks = allRequired.filter((c) => c.kind !== 'medical');
    expect(checksComplete(checks)).toBe(false);
    expect(outstandingChecks(checks)).toEqual({ notRequested: ['medical'], awaiting: 0 });
  });

  it('do not need a previous fostering service check, but wait for one if asked', () => {
    expect(checksComplete([...allRequired, { kind: 'previous-fostering-service', state: 'requested' }])).toBe(false);
    expect(checksComplete([...allRequired, { kind: 'previous-fostering-service', state: 'not-applicable' }])).toBe(true);
  });
});
