import { principalFromClaims } from './oidc-claims';

describe('principalFromClaims', () => {
  const sut = (claims: Record<string, unknown>) => principalFromClaims(claims, 'roles', 'hearth_scope');

  it.each([
    ['takes a single role and scope', { sub: 'a1', roles: 'placement-officer', hearth_scope: 'council:E08000003' }, { subject: 'a1', role: 'placement-officer', scope: { kind: 'council', code: 'E08000003' } }],
    ['takes the first Hearth role from a list of app roles', { sub: 'a1', roles: ['Reader', 'admin', 'placement-officer'], hearth_scope: ['england'] }, { subject: 'a1', role: 'admin', scope: { kind: 'england' } }],
    ['refuses a person with no Hearth role', { sub: 'a1', roles: ['Reader'], hearth_scope: 'england' }, null],
    ['refuses a scope that is not one', { sub: 'a1', roles: 'admin', hearth_scope: 'council:nowhere' }, null],
    ['refuses a token without a subject', { roles: 'admin', hearth_scope: 'england' }, null],
  ])('%s', (_name, claims, expected) => {
    expect(sut(claims)).toEqual(expected);
  });
});
