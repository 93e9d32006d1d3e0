import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { closeTestDb, startTestApp, tokenFor } from '@app/testing';
import { forbidden, unauthenticated } from './error-bodies';

describe('the queue dashboard (bull-board) at /admin/queues', () => {
  let app: NestFastifyApplication;
  let admin: string;
  const get = (path: string, token?: string) => {
    const req = request(app.getHttpServer()).get(path);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    app = await startTestApp(createRecruitmentApp);
    admin = await tokenFor('admin', 'england');
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('answers 401 without a token and 403 to any role but admin, for its page, its API and its assets alike', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues', '/admin/queues/static/favicon-32x32.png']) {
      expect([path, (await get(path).expect(401)).body]).toEqual([path, unauthenticated]);
      for (const role of ['recruitment-officer', 'placement-officer', 'rcc-analyst'] as const) {
        const token = await tokenFor(role, 'england');
        expect([path, role, (await get(path, token).expect(403)).body]).toEqual([path, role, forbidden]);
      }
    }
    expect((await get('/admin/queues', 'not.a.token').expect(401)).body).toEqual(unauthenticated);
  });

  it('shows an admin the dashboard, its scripts and stylesheet, and every queue', async () => {
    const page = await get('/admin/queues', admin).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>Hearth queues</title>');
    const assets = [...page.text.matchAll(/(?:src|href)="(static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets) await get(`/admin/queues/${asset}`, admin).expect(200);
    const { body } = await get('/admin/queues/api/queues?activeQueue=recruitment', admin).expect(200);
    expect(body.queues.map((q: { name: string }) => q.name)).toEqual(expect.arrayContaining(['recruitment']));
  });

  it('keeps a strict script policy on the dashboard and lets only its styles be inline, like the API docs', async () => {
    const csp = (await get('/admin/queues', admin).expect(200)).headers['content-security-policy'];
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    const pageCsp = (await request(app.getHttpServer()).get('/').expect(200)).headers['content-security-policy'];
    expect(pageCsp).not.toContain('unsafe-inline');
  });
});
