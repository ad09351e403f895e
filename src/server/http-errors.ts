/** Every API error is JSON `{error: {code, message}}` with a 4xx/5xx status: readable by a person and by the app. */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodError } from 'zod';
import type { ErrorCode, ErrorResponse } from '../sync/protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Sent with the error, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function badRequestFromZod(error: ZodError, what: string): HttpError {
  const details = error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  return new HttpError(400, 'badRequest', `Malformed ${what}: ${details}`);
}

const FASTIFY_ERRORS: Record<string, [number, ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'badRequest', 'The body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'badRequest', 'The body is empty; JSON was expected.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415 as number, 'badRequest', 'Send the body as application/json.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payloadTooLarge', 'The request is too large: send fewer changes at once.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'badRequest', 'The Content-Length header does not match the body.'],
};

export function errorBody(code: ErrorCode, message: string): ErrorResponse {
  return { error: { code, message } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).headers(error.headers).send(errorBody(error.code, error.message));
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) return reply.code(known[0]).send(errorBody(known[1], known[2]));
    if (error instanceof SyntaxError) return reply.code(400).send(errorBody('badRequest', 'The body is not valid JSON.'));
    if (error.statusCode === 429)
      return reply.code(429).send(errorBody('tooManyAttempts', 'Too many attempts: wait a minute and try again.'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send(errorBody('badRequest', error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('serverError', 'The server failed; nothing was changed by this request. Try again.'));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(errorBody('notFound', `No such endpoint: ${request.method} ${request.url.split('?')[0]}`));
  });
}
