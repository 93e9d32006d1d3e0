import { ALL_JOB_CONTRACTS, PLAN_ENQUIRY_FOLLOW_UPS, SEND_APPLICATION_LINK, type JobContract } from '@app/queue';
import type { JobProcessor } from '../processors/job-processor';
import { checkWiring, WiringError } from './processor-wiring';

const processorFor = (contract: JobContract<{ schemaVersion: number }>): JobProcessor => ({ contract, process: async () => undefined });

describe('checkWiring', () => {
  it('maps every contract to its one processor', () => {
    const wiring = checkWiring(ALL_JOB_CONTRACTS, ALL_JOB_CONTRACTS.map(processorFor));
    expect([...wiring.keys()]).toEqual(ALL_JOB_CONTRACTS.map((c) => c.name));
  });

  it('refuses to start when a contract has no processor', () => {
    expect(() => checkWiring([PLAN_ENQUIRY_FOLLOW_UPS, SEND_APPLICATION_LINK], [processorFor(PLAN_ENQUIRY_FOLLOW_UPS)]))
      .toThrow(/recruitment.send-application-link has no processor/);
  });

  it('refuses to start when a contract has two processors', () => {
    expect(() => checkWiring([PLAN_ENQUIRY_FOLLOW_UPS], [processorFor(PLAN_ENQUIRY_FOLLOW_UPS), processorFor(PLAN_ENQUIRY_FOLLOW_UPS)]))
      .toThrow(WiringError);
  });

  it('refuses a processor whose job has no contract', () => {
    const stray = processorFor({ ...PLAN_ENQUIRY_FOLLOW_UPS, name: 'recruitment.unknown' });
    expect(() => checkWiring([PLAN_ENQUIRY_FOLLOW_UPS], [processorFor(PLAN_ENQUIRY_FOLLOW_UPS), stray])).toThrow(/has no contract/);
  });
});
