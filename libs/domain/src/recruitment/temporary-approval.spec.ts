import type { CalendarDate } from '../calendar/calendar-date';
import { extendTemporaryApproval, grantTemporaryApproval } from './temporary-approval';

const d = (text: string) => text as CalendarDate;

describe('temporary approval of a connected person', () => {
  it('lasts 16 weeks: from Monday 23 November 2026 to Sunday 14 March 2027', () => {
    expect(grantTemporaryApproval(d('2026-11-23'))).toEqual({ from: '2026-11-23', until: '2027-03-14', extended: false });
  });

  it('can be extended once, by 8 weeks from the end of the first period', () => {
    const first = grantTemporaryApproval(d('2026-11-23'));
    expect(extendTemporaryApproval(first, d('2027-03-01'))).toEqual({ from: '2026-11-23', until: '2027-05-09', extended: true });
  });

  it('cannot be extended twice', () => {
    const extended = extendTemporaryApproval(grantTemporaryApproval(d('2026-11-23')), d('2027-03-01'));
    expect(() => extendTemporaryApproval(extended, d('2027-04-01'))).toThrow('A temporary approval can be extended only once (8 weeks)');
  });

  it('cannot be extended once it has ended', () => {
    expect(() => extendTemporaryApproval(grantTemporaryApproval(d('2026-11-23')), d('2027-03-15')))
      .toThrow('The temporary approval ended on 2027-03-14: it can no longer be extended');
  });
});
