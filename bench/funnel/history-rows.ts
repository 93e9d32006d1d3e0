import { randomUUID } from 'node:crypto';
import {
  CONTACT_METHODS, CONTACT_TIMES, DEFAULT_SERVICE_LEVELS, dueNext, enquiryReference, FOSTERING_INTERESTS, followUpPriority, HEARD_FROM,
  WorkingDayCalendar, type FosteringInterest, type FunnelStage,
} from '@app/domain';
import { SeededRandom } from '../intake/enquiry-generator';
import { tellStory, type ApplicantStory, type StoryAttempt, type StoryMove } from './applicant-story';
import type { CouncilShare } from './councils';

export const ENQUIRY_COLUMNS = `id, reference, status, service_id, council_code, first_name, last_name, email, phone, postcode, outward_code,
  preferred_contact_method, preferred_contact_time, adults_in_household, children_in_household, spare_bedrooms, interests,
  heard_from, priority, channel, consented_at, created_at, updated_at, version, stage_entered_at, application_submitted_at,
  unanswered_contact_attempts, due_kind, due_at`;
export const TRANSITION_COLUMNS = 'enquiry_id, from_stage, to_stage, officer, occurred_at, withdrawal_reason, reasons, note';
export const ATTEMPT_COLUMNS = 'enquiry_id, channel, outcome, officer, occurred_at, note';

type OfEnquiry<T> = T & { readonly enquiryId: string };

/** Rows of a national two-year history; transitions and attempts are collected while enquiries stream out. */
export class HistoryRows {
  readonly transitions: OfEnquiry<StoryMove>[] = [];
  readonly attempts: OfEnquiry<StoryAttempt>[] = [];
  open = 0;
  private readonly random: SeededRandom;
  private readonly calendar = new WorkingDayCalendar();
  private readonly heardFrom = HEARD_FROM.map((h, i) => [i < 3 ? 3 : 1, h] as const); // search, social media, word of mouth lead

  constructor(private readonly shares: readonly CouncilShare[], private readonly total: number, private readonly now: number, seed: number) {
    this.random = new SeededRandom(seed);
  }

  /**
   * COPY text for the enquiry table, a few thousand lines per chunk, oldest first: a real table
   * fills in the order enquiries arrive, with every council's interleaved.
   */
  *enquiryChunks(chunkLines = 4000): Generator<string> {
    const times = this.receivedTimes();
    const councils = this.councilPerEnquiry();
    let chunk: string[] = [];
    for (let i = 0; i < this.total; i++) {
      chunk.push(this.enquiryLine(i, times[i], this.shares[councils[i]]));
      if (chunk.length === chunkLines) { yield chunk.join(''); chunk = []; }
    }
    if (chunk.length > 0) yield chunk.join('');
  }

  private enquiryLine(index: number, enquiredAt: number, share: CouncilShare): string {
    const id = randomUUID();
    const story = tellStory(enquiredAt, this.now, this.random);
    for (const m of story.moves) this.transitions.push({ ...m, enquiryId: id });
    for (const a of story.attempts) this.attempts.push({ ...a, enquiryId: id });
    const due = this.dueOf(story, enquiredAt);
    if (due) this.open++;
    const r = this.random;
    const interests = [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(FOSTERING_INTERESTS)))] as FosteringInterest[];
    const at = (ms: number | null) => (ms === null ? '\\N' : new Date(ms).toISOString());
    return [
      id, reference(index), story.stage, share.serviceId, share.councilCode, 'Bench', 'Applicant', 'bench.applicant@example.com',
      '07700 900000', 'ZZ99 9ZZ', 'ZZ99', r.pick(CONTACT_METHODS), r.pick(CONTACT_TIMES), r.int(1, 3), r.int(0, 3), r.int(1, 3),
      `{${interests.join(',')}}`, r.weighted(this.heardFrom), followUpPriority(interests), r.next() < 0.85 ? 'web-form' : 'api',
      at(enquiredAt), at(enquiredAt), at(story.updatedAt), story.version, at(story.stageEnteredAt), at(story.applicationSubmittedAt),
      story.unanswered, due?.kind ?? '\\N', at(due ? due.dueBy.getTime() : null),
    ].join('\t') + '\n';
  }

  /** What the recruitment clocks say is due, exactly as the use cases compute it after each change. */
  private dueOf(story: ApplicantStory, enquiredAt: number) {
    const milestones = {
      enquiredAt: new Date(enquiredAt), applicationSubmittedAt: story.applicationSubmittedAt === null ? null : new Date(story.applicationSubmittedAt),
      checksCompletedAt: null, panelDate: null,
    };
    return dueNext(story.stage as FunnelStage, milestones, DEFAULT_SERVICE_LEVELS, this.calendar);
  }

  /** Arrival instants spread evenly over the two years before now, sorted. */
  private receivedTimes(): Float64Array {
    const span = 2 * 365.25 * 86_400_000;
    const times = Float64Array.from({ length: this.total }, () => this.now - span * this.random.next());
    return times.sort();
  }

  /** Each council's share of enquiries, shuffled so their arrival times interleave. */
  private councilPerEnquiry(): Uint16Array {
    const councils = new Uint16Array(this.total);
    let k = 0;
    this.shares.forEach((s, i) => { councils.fill(i, k, k + s.enquiries); k += s.enquiries; });
    for (let i = councils.length - 1; i > 0; i--) {
      const j = Math.floor(this.random.next() * (i + 1));
      [councils[i], councils[j]] = [councils[j], councils[i]];
    }
    return councils;
  }
}

/** A unique, valid reference per index: its base-30 digits are the "random" bytes. */
function reference(index: number): string {
  const digits = new Uint8Array(8);
  for (let i = 7, n = index; i >= 0; i--, n = Math.floor(n / 30)) digits[i] = n % 30;
  return enquiryReference(digits);
}

/** COPY text for funnel_transition, in the order the moves happened (as a live table fills). */
export function* transitionChunks(rows: OfEnquiry<StoryMove>[], chunkLines = 8000): Generator<string> {
  rows.sort((a, b) => a.at - b.at);
  for (let i = 0; i < rows.length; i += chunkLines) {
    yield rows.slice(i, i + chunkLines).map((t) => [
      t.enquiryId, t.from, t.to, 'bench-officer', new Date(t.at).toISOString(), t.withdrawalReason ?? '\\N',
      t.notApproved ? '{"Not suitable at this time"}' : '{}', t.note ?? '\\N',
    ].join('\t') + '\n').join('');
  }
}

export function* attemptChunks(rows: OfEnquiry<StoryAttempt>[], chunkLines = 8000): Generator<string> {
  rows.sort((a, b) => a.at - b.at);
  for (let i = 0; i < rows.length; i += chunkLines) {
    yield rows.slice(i, i + chunkLines).map((a) => [a.enquiryId, a.channel, a.outcome, 'bench-officer', new Date(a.at).toISOString(), '\\N'].join('\t') + '\n').join('');
  }
}
