import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity';

export interface NewOutboxMessage {
  readonly jobName: string;
  readonly payload: Record<string, unknown>;
  readonly priority?: number;
}

@Injectable()
export class OutboxRepository {
  /** Always inside the transaction of the change that caused the job: both commit or neither. */
  async add(em: EntityManager, message: NewOutboxMessage): Promise<void> {
    await em.getRepository(OutboxMessageEntity).insert({
      jobName: message.jobName,
      payload: message.payload as never,
      priority: message.priority ?? null,
    });
  }
}
