import { SetMetadata } from '@nestjs/common';
import type { StaffRole } from './staff-role';

export const PUBLIC_ROUTE_KEY = 'hearth:public-route';

/**
 * Declares routes open without a staff token, saying why (public forms, an applicant's own link,
 * reference data, health). Every route must declare either this or AllowRoles: the access
 * matrix test fails for a route that declares neither.
 */
export const PublicRoute = (why: string) => SetMetadata(PUBLIC_ROUTE_KEY, why);

export const STAFF_PAGE_ROLES_KEY = 'hearth:staff-page-roles';

/**
 * Declares which roles may use staff pages signed in with a session cookie (not a bearer
 * token); the pages' guard enforces exactly these.
 */
export const StaffPageRoles = (...roles: StaffRole[]) => SetMetadata(STAFF_PAGE_ROLES_KEY, roles);
