import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE_KEY = 'hearth:public-route';

/**
 * Declares routes open without a staff token, saying why (public forms, an applicant's own link,
 * reference data, health). Every route must declare either this or AllowRoles: the access
 * matrix test fails for a route that declares neither.
 */
export const PublicRoute = (why: string) => SetMetadata(PUBLIC_ROUTE_KEY, why);
