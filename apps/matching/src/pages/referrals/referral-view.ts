import type { FosteringType, ShortageCategory } from '@app/domain';
import { FOSTERING_INTEREST_LABELS } from '@app/domain';
import type { ReferralSummary, ShortlistEntry } from '@app/persistence';
import type { ReferralResponse } from '../../referrals/referral.responses';
import { ACCESSIBILITY_LABELS, ageList, CHILD_NEED_LABELS, childLabel, CONSTRAINT_LABELS, FOSTERING_TYPE_LABELS, homeLabel } from '../labels';

const dateTime = (at: Date | string) => new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
const words = (codes: readonly string[], labels: Record<string, string>) => (codes.length ? codes.map((c) => labels[c] ?? c).join(', ') : 'None');
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The start page's table: one row per open referral. */
export function referralRows(referrals: readonly ReferralSummary[]) {
  return referrals.map((r) => [
    { html: `<a class="govuk-link" href="/referrals/${r.id}">${r.childAges.length === 1 ? 'One child' : `${r.childAges.length} brothers and sisters`}, aged ${ageList(r.childAges)}</a>` },
    { text: FOSTERING_TYPE_LABELS[r.fosteringType as FosteringType] ?? r.fosteringType },
    { text: r.emergency ? 'Yes' : 'No' },
    { text: dateTime(r.createdAt) },
  ]);
}

type Child = ReferralResponse['children'][number];

function childRows(child: Child, position: number) {
  const constraints = Object.entries(CONSTRAINT_LABELS).filter(([key]) => (child.constraints as Record<string, unknown>)[key] === true).map(([, label]) => label);
  const access = (child.constraints as { requiredAccessibility?: string[] }).requiredAccessibility ?? [];
  return {
    title: childLabel(position, child.ageYears),
    rows: [
      { key: { text: 'Age' }, value: { text: `${child.ageYears}` } },
      { key: { text: 'Disability needs' }, value: { text: words(child.needs, CHILD_NEED_LABELS) } },
      { key: { text: 'Shortage categories' }, value: { text: words(child.shortageCategories as ShortageCategory[], FOSTERING_INTEREST_LABELS) } },
      { key: { text: 'Constraints' }, value: { text: constraints.length ? constraints.join('; ') : 'None' } },
      { key: { text: 'Home must have' }, value: { text: words(access, ACCESSIBILITY_LABELS) } },
    ],
  };
}

/** The referral page: what was asked for, and the shortlist. */
export function referralView(r: ReferralResponse, shortlist: readonly ShortlistEntry[]) {
  const rows = [
    { key: { text: 'Status' }, value: { text: r.status === 'open' ? 'Open' : r.status === 'placed' ? 'Placed' : 'Closed' } },
    { key: { text: 'Type of fostering' }, value: { text: FOSTERING_TYPE_LABELS[r.fosteringType as FosteringType] ?? r.fosteringType } },
    { key: { text: 'Emergency' }, value: { text: yesNo(r.emergency) } },
    ...(r.children.length > 1 ? [{ key: { text: 'May the group be split' }, value: { text: yesNo(r.splitAllowed) } }] : []),
    { key: { text: 'Family home postcode' }, value: { text: r.familyHomePostcode ?? 'Not given' } },
    { key: { text: 'School postcode' }, value: { text: r.schoolPostcode ?? 'Not given' } },
    { key: { text: 'Languages' }, value: { text: r.languages.length ? r.languages.join(', ') : 'None given' } },
    { key: { text: 'Religion' }, value: { text: r.religion ?? 'None given' } },
    { key: { text: 'Cultural background' }, value: { text: r.culturalBackground ?? 'None given' } },
    { key: { text: 'Areas to keep away from' }, value: { text: `${r.exclusionZoneCount}` } },
    { key: { text: 'Connected persons' }, value: { text: r.connectedHouseholdIds.length ? r.connectedHouseholdIds.map(homeLabel).join(', ') : 'None' } },
    { key: { text: 'Created' }, value: { text: `${dateTime(r.createdAt)} by ${r.createdBy}` } },
  ];
  const title = r.children.length === 1 ? `Referral for a child aged ${r.children[0].ageYears}` : `Referral for ${r.children.length} brothers and sisters`;
  return {
    pageTitle: title, referral: r, rows, children: r.children.map(childRows),
    shortlist: shortlist.map((s) => ({ householdId: s.householdId, label: homeLabel(s.householdId), addedBy: s.addedBy, addedAt: dateTime(s.addedAt) })),
  };
}
