/**
 * The short check before an enquiry. It never blocks anyone: it explains kindly what
 * may need to change, because circumstances do change and services want to hear anyway.
 */
export type YesNo = 'yes' | 'no';

export interface EligibilityAnswers {
  readonly aged21OrOver: YesNo;
  readonly hasSpareBedroom: YesNo;
  readonly livesInEngland: YesNo;
}

export interface EligibilityNote {
  readonly topic: keyof EligibilityAnswers;
  readonly explanation: string;
}

export interface EligibilityOutcome {
  readonly likelyEligible: boolean;
  readonly notes: readonly EligibilityNote[];
}

const EXPLANATIONS: Record<keyof EligibilityAnswers, string> = {
  aged21OrOver:
    'Fostering services usually approve carers from the age of 21. You can still talk to us now about fostering in the future.',
  hasSpareBedroom:
    'Children in foster care usually need a bedroom of their own. If you are planning a move or can free up a room, we would still like to hear from you.',
  livesInEngland:
    'Hearth connects you with fostering services in England. If you live in Wales, Scotland or Northern Ireland, your local council can tell you how to foster there, but you can still enquire if you are moving to England.',
};

export function assessEligibility(answers: EligibilityAnswers): EligibilityOutcome {
  const notes = (Object.keys(EXPLANATIONS) as (keyof EligibilityAnswers)[])
    .filter((topic) => answers[topic] === 'no')
    .map((topic) => ({ topic, explanation: EXPLANATIONS[topic] }));
  return { likelyEligible: notes.length === 0, notes };
}
