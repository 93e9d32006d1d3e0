import type { FosterPlacementType, ProviderType } from '@app/domain';
import type { PlacementRecord } from '@app/persistence';
import { homeLabel } from '../labels';

/** SSDA903 codes as the DfE return describes them. */
const PLACEMENT_TYPE_LABELS: Record<FosterPlacementType, string> = {
  U1: 'Foster placement with a relative or friend: long-term fostering',
  U2: 'Foster placement with a relative or friend who is also an approved adopter: fostering for adoption',
  U3: 'Foster placement with a relative or friend: not long-term or fostering for adoption',
  U4: 'Foster placement with another foster carer: long-term fostering',
  U5: 'Foster placement with another foster carer who is also an approved adopter: fostering for adoption',
  U6: 'Foster placement with another foster carer: not long-term or fostering for adoption',
};

const PROVIDER_TYPE_LABELS: Record<ProviderType, string> = {
  PR0: 'Parent or other person with parental responsibility', PR1: "The council's own provision", PR2: "Another council's provision",
  PR3: 'Other public provision', PR4: 'Private provision', PR5: 'Voluntary or third sector provision',
};

const dateTime = (at: Date | string) => new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

/** A referral's placements as its page lists them: one table row each, with a way to end a current one. */
export function placementRows(placements: readonly PlacementRecord[]) {
  return placements.map((p) => [
    { text: `Aged ${p.childAge}` },
    { text: homeLabel(p.householdId) },
    { text: dateTime(p.startedAt) },
    p.endedAt
      ? { text: `Ended ${dateTime(p.endedAt)}` }
      : { html: `<a class="govuk-link" href="/placements/${p.id}/end">End this placement<span class="govuk-visually-hidden"> of the child aged ${p.childAge}</span></a>` },
  ]);
}

/** A placement as the confirmation and end pages show it. */
export function placementView(p: PlacementRecord) {
  const where = p.withinPlacingCouncil ? 'Inside the council' : p.atADistance ? 'At a distance' : 'In an adjoining council';
  const rows = [
    { key: { text: 'Child' }, value: { text: `Aged ${p.childAge}` } },
    { key: { text: 'Home' }, value: { text: homeLabel(p.householdId) } },
    { key: { text: 'Placement type (SSDA903)' }, value: { text: `${p.placementType}: ${PLACEMENT_TYPE_LABELS[p.placementType as FosterPlacementType] ?? ''}` } },
    { key: { text: 'Provider type (SSDA903)' }, value: { text: `${p.providerType}: ${PROVIDER_TYPE_LABELS[p.providerType as ProviderType] ?? ''}` } },
    { key: { text: 'From the family home' }, value: { text: `${p.distanceMiles.toFixed(1)} miles` } },
    { key: { text: 'Where' }, value: { text: where } },
    ...(p.outsideTermsUntil ? [{ key: { text: 'Outside the terms of approval' }, value: { text: `Emergency placement: until ${p.outsideTermsUntil} at the latest` } }] : []),
    { key: { text: 'Started' }, value: { text: `${dateTime(p.startedAt)} by ${p.bookedBy}` } },
    ...(p.endedAt ? [{ key: { text: 'Ended' }, value: { text: `${dateTime(p.endedAt)}: ${p.endReason ?? ''}` } }] : []),
  ];
  return { id: p.id, referralId: p.referralId, childAge: p.childAge, ended: p.endedAt !== null, rows };
}
