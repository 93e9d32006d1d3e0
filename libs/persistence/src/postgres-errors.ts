/** True when a query failed on the named unique constraint (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? error;
  const pg = driverError as { code?: string; constraint?: string };
  return pg.code === '23505' && pg.constraint === constraint;
}
