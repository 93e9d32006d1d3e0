import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { ConfigModule, type HearthConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { HearthExceptionFilter, type HtmlErrorRenderer } from '../errors/hearth-exception.filter';
import { hearthValidationPipe } from '../errors/validation.pipe';
import { registerInputGuards } from './input-guards';
import { answerFrameworkError } from './framework-errors';
import { createRootLogger, PinoNestLogger } from './pino-nest.logger';
import { RoutePatternLogController } from './request-log';

export interface HttpAppOptions {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly config: HearthConfig;
  readonly renderHtmlError?: HtmlErrorRenderer;
  /** Registers plugins (views, static assets, cookies) before Nest wires its routes. */
  readonly configure?: (fastify: FastifyInstance, app: NestFastifyApplication) => Promise<void>;
}

const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds a Fastify-backed Nest app with JSON logs, correlation ids, errors, validation and OpenAPI. */
export async function createHttpApp(rootModule: unknown, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const logger = createRootLogger(options.config.logLevel, options.name);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: options.config.bodyLimitBytes,
    // Only configured proxies may name the client (TRUST_PROXY): rate limits and the audit trail key on it.
    trustProxy: options.config.trustProxy,
    frameworkErrors: answerFrameworkError,
    // Fastify's own request lines hold raw URLs (link tokens, query strings); these hold route patterns.
    logController: new RoutePatternLogController(),
    // Accept a caller's correlation id only if it is short and plain, so logs cannot be forged.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers[CORRELATION_HEADER];
      return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
    },
  });
  const root = { module: class HearthHttpRoot {}, imports: [ConfigModule.forRoot(options.config), rootModule as never] };
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header(CORRELATION_HEADER, String(request.id));
  });
  // The JSON API takes JSON only: a cross-site HTML form cannot send it, which keeps the
  // public API safe from request forgery without tokens.
  fastify.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/') || !['POST', 'PUT', 'PATCH'].includes(request.method)) return;
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      throw new DomainError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json');
    }
  });
  registerInputGuards(fastify);
  if (options.configure) await options.configure(fastify, app);
  app.useGlobalPipes(hearthValidationPipe());
  app.useGlobalFilters(new HearthExceptionFilter(options.renderHtmlError));
  app.enableShutdownHooks();
  mountOpenApi(app, options);
  return app;
}

function mountOpenApi(app: INestApplication, options: HttpAppOptions): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.title)
      .setDescription(options.description)
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'staff')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}
