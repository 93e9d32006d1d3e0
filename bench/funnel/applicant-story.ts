import { OPEN_STAGES, type FunnelStage, type OpenStage, type WithdrawalReason } from '@app/domain';
import type { SeededRandom } from '../intake/enquiry-generator';

export interface StoryAttempt { readonly at: number; readonly outcome: string; readonly channel: string }
export interface StoryMove {
  readonly at: number;
  readonly from: FunnelStage;
  readonly to: FunnelStage;
  readonly withdrawalReason: WithdrawalReason | null;
  readonly notApproved: boolean;
  readonly note: string | null;
}

/** One enquirer's recruitment history up to now, and the enquiry row's funnel fields it leaves behind. */
export interface ApplicantStory {
  readonly attempts: StoryAttempt[];
  readonly moves: StoryMove[];
  stage: FunnelStage;
  stageEnteredAt: number;
  applicationSubmittedAt: number | null;
  unanswered: number;
  /** 1 on intake, +1 for every recorded contact attempt and every other move (as the use cases write it). */
  version: number;
  updatedAt: number;
}

const DAY = 86_400_000;

// Chance of moving on from each stage, chosen so that of all enquiries about 65% are contacted,
// 25% have an initial visit, 6% apply, 4% reach stage 1, 3% stage 2, 2.5% panel and 2% are approved.
const MOVE_ON: Record<OpenStage, number> = {
  'enquiry-received': 0.65, contacted: 0.25 / 0.65, 'initial-visit': 0.06 / 0.25, 'application-submitted': 0.04 / 0.06,
  'stage-1': 0.03 / 0.04, 'stage-2': 0.025 / 0.03, panel: 0.02 / 0.025,
};
// Days spent at a stage before moving on: stage 1 about two months, stage 2 about four, so panel
// falls near the eight-month deadline after application and sometimes misses it.
const STAY_DAYS: Record<OpenStage, readonly [number, number]> = {
  'enquiry-received': [0.1, 2], contacted: [2, 14], 'initial-visit': [14, 75], 'application-submitted': [1, 14],
  'stage-1': [40, 90], 'stage-2': [90, 150], panel: [3, 14],
};
/** Share of those dropping out whose closure nobody records: old records still open, and overdue. */
const LEFT_OPEN = 0.04;
/** Share of drop-outs at a decision stage that are the service's "not approved", not a withdrawal. */
const NOT_APPROVED = 0.35;
const DECISION_STAGES: readonly FunnelStage[] = ['stage-1', 'stage-2', 'panel'];
const REASON_WEIGHTS = [0.15, 0.25, 0.15, 0.3, 0.1, 0.05] as const; // AW0…AW5
const UNANSWERED = ['no-answer', 'left-message', 'asked-to-call-back'];
const CHANNELS = ['phone', 'phone', 'phone', 'email', 'sms'];

/** Plays one enquiry received at `enquiredAt` forward until it closes, sticks, or reaches `now`. */
export function tellStory(enquiredAt: number, now: number, random: SeededRandom): ApplicantStory {
  const story: ApplicantStory = {
    attempts: [], moves: [], stage: 'enquiry-received', stageEnteredAt: enquiredAt, applicationSubmittedAt: null, unanswered: 0, version: 1, updatedAt: enquiredAt,
  };
  const between = (lo: number, hi: number) => (lo + random.next() * (hi - lo)) * DAY;
  let at = firstContact(story, enquiredAt, now, random);
  while (at !== null && story.stage !== 'enquiry-received' && OPEN_STAGES.includes(story.stage as OpenStage)) {
    const stage = story.stage as OpenStage;
    const [lo, hi] = STAY_DAYS[stage];
    if (random.next() < MOVE_ON[stage]) {
      at = move(story, at + between(lo, hi), now, stage === 'panel' ? 'approved' : OPEN_STAGES[OPEN_STAGES.indexOf(stage) + 1]);
    } else {
      if (random.next() < LEFT_OPEN) return story;
      at = drop(story, at + between(lo, hi) * (0.2 + 0.8 * random.next()), now, random);
    }
  }
  return story;
}

/** Unanswered tries, then either the "reached" try that moves them to contacted, or closure. */
function firstContact(story: ApplicantStory, enquiredAt: number, now: number, random: SeededRandom): number | null {
  const reached = random.next() < MOVE_ON['enquiry-received'];
  const tries = reached ? random.weighted([[0.5, 0], [0.3, 1], [0.2, 2]] as const) : random.weighted([[0.7, 2], [0.3, 3]] as const);
  let at = enquiredAt;
  for (let i = 0; i < tries; i++) {
    at += (0.2 + random.next() * 2.3) * DAY;
    if (!attempt(story, at, now, random.pick(UNANSWERED), random)) return null;
  }
  if (reached) {
    at += (0.1 + random.next() * 1.4) * DAY;
    const channel = random.pick(CHANNELS);
    if (!attempt(story, at, now, 'reached', random, channel)) return null;
    story.version--; // the "reached" attempt and the move to contacted are one update
    return move(story, at, now, 'contacted', null, `Reached by ${channel}`);
  }
  if (random.next() < LEFT_OPEN) return null;
  at += (1 + random.next() * 9) * DAY;
  // Most who are never reached are closed for no contact; a few write in to withdraw first.
  return random.next() < 0.85 ? move(story, at, now, 'closed-no-contact') : move(story, at, now, 'withdrawn', reason(random));
}

function drop(story: ApplicantStory, at: number, now: number, random: SeededRandom): number | null {
  if (DECISION_STAGES.includes(story.stage) && random.next() < NOT_APPROVED) return move(story, at, now, 'not-approved');
  return move(story, at, now, 'withdrawn', reason(random));
}

function reason(random: SeededRandom): WithdrawalReason {
  return random.weighted(REASON_WEIGHTS.map((w, i) => [w, `AW${i}` as WithdrawalReason] as const));
}

/** Records a contact attempt if it has happened by now; false once the story reaches the present. */
function attempt(story: ApplicantStory, at: number, now: number, outcome: string, random: SeededRandom, channel = random.pick(CHANNELS)): boolean {
  if (at > now) return false;
  story.attempts.push({ at, outcome, channel });
  if (outcome !== 'reached') story.unanswered++;
  story.version++;
  story.updatedAt = at;
  return true;
}

/** Records a move if it has happened by now; returns its time, or null once the story reaches the present. */
function move(story: ApplicantStory, at: number, now: number, to: FunnelStage, withdrawalReason: WithdrawalReason | null = null, note: string | null = null): number | null {
  if (at > now) return null;
  story.moves.push({ at, from: story.stage, to, withdrawalReason, notApproved: to === 'not-approved', note });
  if (to === 'application-submitted') story.applicationSubmittedAt = at;
  story.stage = to;
  story.stageEnteredAt = at;
  story.version++;
  story.updatedAt = at;
  return at;
}
