import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Thrown when a page needs a signed-in person and there is none (or the session has expired). */
export class SignInRequiredError extends Error {
  constructor() {
    super('Sign in to continue');
    this.name = 'SignInRequiredError';
  }
}

/** Sends people who are not signed in to the sign-in page rather than showing an error. */
@Catch(SignInRequiredError)
export class SignInRequiredFilter implements ExceptionFilter {
  catch(_error: SignInRequiredError, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    void http.getResponse<FastifyReply>().redirect('/sign-in', request.method === 'POST' ? 303 : 302);
  }
}
