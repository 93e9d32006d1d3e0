import type { CalendarDate } from '../calendar/calendar-date';
import { applicationSection } from './application-sections';
import { readyToSubmit } from './application-progress';
import { APPLICATION_SECTIONS } from './application-sections';
import { dateAnswer, readAnswers, validateSection } from './validate-section';

const today = '2026-11-23' as CalendarDate;
const aboutYou = applicationSection('about-you')!;
const valid = { fullName: 'Sam Okafor', 'dateOfBirth-day': '7', 'dateOfBirth-month': '3', 'dateOfBirth-year': '1985', address: '1 Example Street', connectedPerson: 'no' };
const check = (form: Record<string, unknown>) => validateSection(aboutYou, readAnswers(aboutYou, form), today);

describe('checking a section of the application', () => {
  it('accepts a complete section, and reads the date of birth as an ISO date', () => {
    const sut = check(valid);
    expect(sut.problems).toEqual([]);
    expect(dateAnswer(sut.values, 'dateOfBirth')).toBe('1985-03-07');
  });

  it('says what to enter for each missing answer, linking a date to its day box', () => {
    expect(check({}).problems).toEqual([
      { field: 'fullName', rule: 'required', message: 'Enter your full name' },
      { field: 'dateOfBirth-day', rule: 'required', message: 'Enter your date of birth' },
      { field: 'address', rule: 'required', message: 'Enter your address' },
      { field: 'connectedPerson', rule: 'required', message: 'Select an answer: are you applying to care for a particular child you already know?' },
    ]);
  });

  it.each([
    [{ 'dateOfBirth-day': '31', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1990' }, 'Date of birth must be a real date'],
    [{ 'dateOfBirth-day': '1', 'dateOfBirth-month': '1', 'dateOfBirth-year': '2030' }, 'Date of birth must be in the past'],
    [{ 'dateOfBirth-day': 'x', 'dateOfBirth-month': '1', 'dateOfBirth-year': '1990' }, 'Date of birth must be a real date'],
  ])('refuses a date that cannot be a birthday: %j', (date, message) => {
    expect(check({ ...valid, ...date }).problems).toEqual([{ field: 'dateOfBirth-day', rule: expect.any(String), message }]);
  });

  it('asks about the child only from a connected person', () => {
    expect(check({ ...valid, connectedPerson: 'yes' }).problems.map((p) => p.field)).toEqual(['connectedChild']);
    expect(check({ ...valid, connectedPerson: 'yes', connectedChild: 'My granddaughter, looked after by Leeds' }).problems).toEqual([]);
  });

  it('refuses an answer that is not one of the options, and text over the limit', () => {
    const problems = check({ ...valid, connectedPerson: 'maybe', fullName: 'x'.repeat(201) }).problems;
    expect(problems.map((p) => [p.field, p.rule])).toEqual([['fullName', 'maxLength'], ['connectedPerson', 'choice']]);
  });

  it('ignores fields that are not in the section and values that are not text', () => {
    expect(readAnswers(aboutYou, { ...valid, injected: 'x', address: ['a', 'b'] })).not.toHaveProperty('injected');
    expect(readAnswers(aboutYou, { address: { $ne: 1 } }).address).toBe('');
  });

  it('needs every box ticked to consent to the checks', () => {
    const consent = applicationSection('consent')!;
    const problems = validateSection(consent, readAnswers(consent, { consentDbs: 'yes' }), today).problems;
    expect(problems.map((p) => p.field)).toEqual(['consentLocalAuthority', 'consentMedical', 'consentReferences']);
  });

  it('is ready to send only when every section is completed', () => {
    const all = Object.fromEntries(APPLICATION_SECTIONS.map((s) => [s.id, 'completed' as const]));
    expect(readyToSubmit(all)).toBe(true);
    expect(readyToSubmit({ ...all, referees: 'in-progress' })).toBe(false);
  });
});
