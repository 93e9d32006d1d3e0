import { dateAnswer, type ApplicationField, type ApplicationSection, type ApplicationValues } from '@app/domain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An answer as the applicant should read it back: option wording, a written date, line breaks kept. */
export function displayAnswer(field: ApplicationField, values: ApplicationValues): string {
  switch (field.kind) {
    case 'choice':
      return escapeHtml(field.options.find((o) => o.value === values[field.name])?.text ?? '');
    case 'agreement':
      return values[field.name] === 'yes' ? 'Agreed' : 'Not agreed';
    case 'date': {
      if (!values[`${field.name}-year`]) return '';
      const [y, m, d] = dateAnswer(values, field.name).split('-').map(Number);
      return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
    }
    default:
      return escapeHtml(values[field.name] ?? '').replace(/\r?\n/g, '<br>');
  }
}

/** GOV.UK summary list rows for one section, each with a link to change it. */
export function summaryRows(section: ApplicationSection, values: ApplicationValues): object[] {
  return section.fields
    .filter((field) => field.kind === 'date' || values[field.name])
    .map((field) => ({
      key: { text: field.label.replace(/ \(optional\)$/, '') },
      value: { html: displayAnswer(field, values) || 'Not given' },
      actions: { items: [{ href: `/application/${section.id}?change=true`, text: 'Change', visuallyHiddenText: hiddenName(field.label) }] },
    }));
}

/** "Change your address", "Change DBS check": the label as part of a sentence, acronyms kept. */
function hiddenName(label: string): string {
  const plain = label.replace(/ \(optional\)$/, '');
  return /^[A-Z][a-z]/.test(plain) ? plain[0].toLowerCase() + plain.slice(1) : plain;
}
