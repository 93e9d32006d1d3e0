import type { JobContract } from '@app/queue';
import type { JobProcessor } from '../processors/job-processor';

export class WiringError extends Error {
  constructor(readonly problems: string[]) {
    super(`Job wiring is broken:\n  - ${problems.join('\n  - ')}`);
    this.name = 'WiringError';
  }
}

/**
 * Every job contract has exactly one processor, and every processor a contract: checked at
 * startup so a missing or doubled processor stops the workers before they take a job.
 */
export function checkWiring(
  contracts: readonly JobContract<{ schemaVersion: number }>[], processors: readonly JobProcessor[],
): Map<string, JobProcessor> {
  const problems: string[] = [];
  const byName = new Map<string, JobProcessor>();
  for (const contract of contracts) {
    const handlers = processors.filter((p) => p.contract.name === contract.name);
    if (handlers.length === 0) problems.push(`${contract.name} has no processor`);
    if (handlers.length > 1) problems.push(`${contract.name} has ${handlers.length} processors (${handlers.map((h) => h.constructor.name).join(', ')})`);
    if (handlers.length === 1) byName.set(contract.name, handlers[0]);
  }
  for (const processor of processors) {
    if (!contracts.some((c) => c.name === processor.contract.name)) problems.push(`${processor.constructor.name} handles ${processor.contract.name}, which has no contract`);
  }
  if (problems.length > 0) throw new WiringError(problems);
  return byName;
}
