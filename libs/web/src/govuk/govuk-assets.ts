import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { govukFrontendDist } from './find-up';

/** The compiled stylesheet and ES-module script, and their source maps for developers. */
const BUNDLES = ['govuk-frontend.min.css', 'govuk-frontend.min.css.map', 'govuk-frontend.min.js', 'govuk-frontend.min.js.map'];

/**
 * Serves GOV.UK Frontend at /assets, where its stylesheet expects its fonts and images.
 * Only the assets folder and the compiled bundles are public, not the package's sources.
 */
export async function registerGovukAssets(fastify: FastifyInstance): Promise<void> {
  const govuk = join(govukFrontendDist(), 'govuk');
  // The font and image names carry a content hash, so browsers may keep them for a long time.
  await fastify.register(fastifyStatic, { root: join(govuk, 'assets'), prefix: '/assets/', index: false, maxAge: '7d' });
  for (const file of BUNDLES) {
    fastify.get(`/assets/${file}`, (_request, reply) => reply.sendFile(file, govuk, { maxAge: '1h' }));
  }
}
