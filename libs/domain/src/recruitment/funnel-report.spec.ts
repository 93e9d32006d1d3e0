import { buildFunnelReport } from './funnel-report';

describe('the funnel report', () => {
  const sut = buildFunnelReport({
    overall: { 'enquiry-received': 200, contacted: 150, 'initial-visit': 60, 'application-submitted': 12, 'stage-1': 12, 'stage-2': 9, panel: 8, approved: 7 },
    medianDays: { 'enquiry-received': 0.6, contacted: 4.25 },
    byMonth: new Map([['2026-11', { 'enquiry-received': 20 }], ['2026-10', { 'enquiry-received': 180, contacted: 150 }]]),
    byChannel: new Map([['advert', { 'enquiry-received': 200 }]]),
    withdrawals: { AW2: 3 },
  });

  it('gives each step its reach and its conversion from the step before', () => {
    expect(sut.steps.map((s) => [s.stage, s.reached, s.conversionFromPrevious])).toEqual([
      ['enquiry-received', 200, null], ['contacted', 150, 0.75], ['initial-visit', 60, 0.4], ['application-submitted', 12, 0.2],
      ['stage-1', 12, 1], ['stage-2', 9, 0.75], ['panel', 8, 0.8889], ['approved', 7, 0.875],
    ]);
  });

  it('gives the median days spent in a stage, to one decimal place, and null where nobody has moved on', () => {
    expect(sut.steps[0].medianDaysInStage).toBe(0.6);
    expect(sut.steps[1].medianDaysInStage).toBe(4.3);
    expect(sut.steps[2].medianDaysInStage).toBeNull();
  });

  it('has no conversion where nobody reached the step before', () => {
    expect(sut.byMonth[1].steps[2]).toEqual({ stage: 'initial-visit', reached: 0, conversionFromPrevious: null, medianDaysInStage: null });
  });

  it('orders months and lists every Ofsted withdrawal code, even at zero', () => {
    expect(sut.byMonth.map((m) => m.group)).toEqual(['2026-10', '2026-11']);
    expect(sut.withdrawalReasons.map((w) => [w.code, w.count])).toEqual([['AW1', 0], ['AW2', 3], ['AW3', 0], ['AW4', 0], ['AW5', 0], ['AW0', 0]]);
  });
});
