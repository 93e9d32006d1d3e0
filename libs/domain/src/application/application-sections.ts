import { YES_NO, type ApplicationField } from './application-fields';

/** One part of the application form, answered on its own page and listed in the task list. */
export interface ApplicationSection {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly fields: readonly ApplicationField[];
}

const PEOPLE_HINT = 'One person on each line: their full name, how they are related to you, and their date of birth';

/**
 * The full application to foster, after the initial visit. Enough for the fostering service to
 * start the stage 1 checks; the assessing social worker gathers the rest in person in stage 2.
 */
export const APPLICATION_SECTIONS: readonly ApplicationSection[] = [
  { id: 'about-you', title: 'About you', fields: [
    { kind: 'text', name: 'fullName', label: 'Full name', requiredMessage: 'Enter your full name', maxLength: 200, autocomplete: 'name' },
    { kind: 'text', name: 'previousNames', label: 'Any previous names (optional)', maxLength: 300, optional: true },
    { kind: 'date', name: 'dateOfBirth', label: 'Date of birth', hint: 'For example, 27 3 1985', mustBePast: true },
    { kind: 'textarea', name: 'address', label: 'Your address', requiredMessage: 'Enter your address', maxLength: 500 },
    { kind: 'choice', name: 'connectedPerson', label: 'Are you applying to care for a particular child you already know?', hint: 'For example, a grandchild, a niece or nephew, or a friend’s child who is in care', options: YES_NO },
    { kind: 'textarea', name: 'connectedChild', label: 'How do you know the child, and which council looks after them?', requiredMessage: 'Tell us how you know the child and which council looks after them', maxLength: 1000, requiredWhen: { field: 'connectedPerson', equals: 'yes' } },
  ] },
  { id: 'household', title: 'Your household', intro: 'Tell us about everyone who lives with you, including lodgers and children who stay part of the week.', fields: [
    { kind: 'textarea', name: 'adults', label: 'Adults in your home, including you', requiredMessage: 'List the adults who live in your home, including you', hint: PEOPLE_HINT, maxLength: 2000 },
    { kind: 'textarea', name: 'children', label: 'Children in your home (optional)', hint: PEOPLE_HINT, maxLength: 2000, optional: true },
  ] },
  { id: 'home', title: 'Your home', fields: [
    { kind: 'number', name: 'bedrooms', label: 'How many bedrooms does your home have?', min: 1, max: 20 },
    { kind: 'number', name: 'spareBedrooms', label: 'How many of them are free for a child you foster?', min: 0, max: 20 },
    { kind: 'choice', name: 'tenure', label: 'Do you own or rent your home?', options: [
      { value: 'own', text: 'Own' }, { value: 'rent-social', text: 'Rent from a council or housing association' },
      { value: 'rent-private', text: 'Rent privately' }, { value: 'other', text: 'Other' }] },
    { kind: 'choice', name: 'smokers', label: 'Does anyone smoke or vape in your home?', options: YES_NO },
    { kind: 'textarea', name: 'pets', label: 'Pets (optional)', hint: 'What kind and how many', maxLength: 500, optional: true },
  ] },
  { id: 'health', title: 'Your health', fields: [
    { kind: 'choice', name: 'healthConditions', label: 'Do you have any health conditions that affect your daily life?', hint: 'Having a condition does not stop you fostering', options: YES_NO },
    { kind: 'textarea', name: 'healthDetails', label: 'Tell us about them', requiredMessage: 'Tell us about your health conditions', maxLength: 2000, requiredWhen: { field: 'healthConditions', equals: 'yes' } },
    { kind: 'text', name: 'gpPractice', label: 'Name of your GP practice', requiredMessage: 'Enter the name of your GP practice', maxLength: 200 },
  ] },
  { id: 'employment', title: 'Employment and finances', fields: [
    { kind: 'choice', name: 'employment', label: 'What is your employment status?', options: [
      { value: 'full-time', text: 'Employed full-time' }, { value: 'part-time', text: 'Employed part-time' },
      { value: 'self-employed', text: 'Self-employed' }, { value: 'not-working', text: 'Not working' }, { value: 'retired', text: 'Retired' }] },
    { kind: 'textarea', name: 'employmentDetails', label: 'Your job and working hours (optional)', maxLength: 1000, optional: true },
    { kind: 'choice', name: 'financialDifficulty', label: 'Are you in financial difficulty, such as debt you cannot manage?', options: YES_NO },
  ] },
  { id: 'support-network', title: 'Your support network', fields: [
    { kind: 'textarea', name: 'supporters', label: 'Who could help you when you foster?', requiredMessage: 'Tell us who could help you when you foster', hint: 'Family or friends nearby: their names and how they could help', maxLength: 2000 },
  ] },
  { id: 'referees', title: 'Personal referees', intro: 'Two people who know you well and are not related to you.', fields: [
    { kind: 'text', name: 'referee1Name', label: 'First referee’s full name', requiredMessage: 'Enter your first referee’s full name', maxLength: 200 },
    { kind: 'text', name: 'referee1Contact', label: 'First referee’s email address or phone number', requiredMessage: 'Enter your first referee’s email address or phone number', maxLength: 200 },
    { kind: 'text', name: 'referee2Name', label: 'Second referee’s full name', requiredMessage: 'Enter your second referee’s full name', maxLength: 200 },
    { kind: 'text', name: 'referee2Contact', label: 'Second referee’s email address or phone number', requiredMessage: 'Enter your second referee’s email address or phone number', maxLength: 200 },
  ] },
  { id: 'previous-applications', title: 'Previous fostering or adoption', fields: [
    { kind: 'choice', name: 'appliedBefore', label: 'Have you applied to foster or adopt before, or been a foster carer?', options: YES_NO },
    { kind: 'textarea', name: 'previousDetails', label: 'Which service, and when?', requiredMessage: 'Tell us which service and when', maxLength: 1000, requiredWhen: { field: 'appliedBefore', equals: 'yes' } },
  ] },
  { id: 'consent', title: 'Consent to checks', intro: 'Every adult in your home will be asked for their own consent later.', fields: [
    { kind: 'agreement', name: 'consentDbs', label: 'DBS check', statement: 'I agree to an enhanced DBS check' },
    { kind: 'agreement', name: 'consentLocalAuthority', label: 'Local authority checks', statement: 'I agree to checks with the councils where I have lived' },
    { kind: 'agreement', name: 'consentMedical', label: 'Medical', statement: 'I agree to a medical report from my GP' },
    { kind: 'agreement', name: 'consentReferences', label: 'References', statement: 'I agree to you contacting my referees, employers and previous fostering services' },
  ] },
];

export function applicationSection(id: string): ApplicationSection | undefined {
  return APPLICATION_SECTIONS.find((s) => s.id === id);
}
