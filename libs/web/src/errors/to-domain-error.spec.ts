import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, toDomainError } from './to-domain-error';

const pgError = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('toDomainError for a database that is briefly unavailable', () => {
  it.each([
    ['a shutting-down server', pgError('57P01', 'terminating connection due to administrator command')],
    ['a server still starting', pgError('57P03', 'the database system is not yet accepting connections')],
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['the same wrapped by TypeORM', new QueryFailedError('SELECT 1', [], pgError('57P01'))],
  ])('answers 503 SERVICE.UNAVAILABLE for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toDomainError(error)?.code).toBe('SERVICE.UNAVAILABLE');
  });

  it('leaves real faults as 500s: a constraint violation or a bug is not an outage', () => {
    expect(toDomainError(new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key')))).toBeNull();
    expect(toDomainError(new TypeError('x is undefined'))).toBeNull();
  });
});
