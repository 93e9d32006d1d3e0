import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EnquiryEntity } from '../entities/enquiry.entity';
import { isUniqueViolation } from '../postgres-errors';

export type NewEnquiryRecord = Omit<EnquiryEntity, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

export interface EnquiryListFilter {
  readonly status?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
  /** Keyset cursor: the created_at and id of the last row of the previous page. */
  readonly after?: { createdAt: Date; id: string };
}

export class DuplicateEnquiryError extends Error {
  constructor(readonly constraint: 'reference' | 'idempotency_key') {
    super(`enquiry ${constraint} already exists`);
  }
}

@Injectable()
export class EnquiryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts inside the caller's transaction; a clash on reference or idempotency key is reported by name. */
  async insert(em: EntityManager, record: NewEnquiryRecord): Promise<EnquiryEntity> {
    try {
      const result = await em.getRepository(EnquiryEntity).insert(record);
      return { ...record, ...(result.generatedMaps[0] as Pick<EnquiryEntity, 'id' | 'status' | 'createdAt' | 'updatedAt'>) };
    } catch (error) {
      if (isUniqueViolation(error, 'enquiry_idempotency_key_key')) throw new DuplicateEnquiryError('idempotency_key');
      if (isUniqueViolation(error, 'enquiry_reference_key')) throw new DuplicateEnquiryError('reference');
      throw error;
    }
  }

  findByIdempotencyKey(key: string): Promise<EnquiryEntity | null> {
    return this.dataSource.getRepository(EnquiryEntity).findOneBy({ idempotencyKey: key });
  }

  /** Only the service's own enquiries: another service's are indistinguishable from missing ones. */
  findForService(serviceId: string | null, id: string): Promise<EnquiryEntity | null> {
    const where = serviceId === null ? { id } : { id, serviceId };
    return this.dataSource.getRepository(EnquiryEntity).findOneBy(where);
  }

  /** Newest first, keyset-paginated so deep pages stay fast. `serviceId` null means every service (admins). */
  listForService(serviceId: string | null, filter: EnquiryListFilter): Promise<EnquiryEntity[]> {
    const qb = this.dataSource.getRepository(EnquiryEntity).createQueryBuilder('e');
    if (serviceId !== null) qb.andWhere('e.service_id = :serviceId', { serviceId });
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.from) qb.andWhere('e.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.created_at < :to', { to: filter.to });
    if (filter.after) {
      qb.andWhere('(e.created_at, e.id) < (:afterAt, :afterId)', { afterAt: filter.after.createdAt, afterId: filter.after.id });
    }
    return qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').limit(filter.limit).getMany();
  }
}
