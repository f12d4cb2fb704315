/** Deliberate errors: their message is safe to show to the user. Anything else is a bug and becomes a plain 500. */
export class AppError extends Error {
  readonly status: number = 500;
  readonly code: string = "internal";
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  override readonly code = "not_found";
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} was not found` : `${what} was not found`);
  }
}

export class ConflictError extends AppError {
  override readonly status = 409;
  override readonly code = "conflict";
}

/** The action is not allowed in the drill's (or scenario's) current state. */
export class InvalidStateError extends AppError {
  override readonly status = 409;
  override readonly code = "invalid_state";
}

/** No credentials, or credentials that no longer work: sign in (or send a valid token) and try again. */
export class UnauthenticatedError extends AppError {
  override readonly status = 401;
  override readonly code = "unauthenticated";
  constructor(message = "Sign in to continue.") {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  override readonly status = 403;
  override readonly code = "forbidden";
}

export interface FieldProblem {
  path: string;
  message: string;
  /** Where in an imported document (1-based), when the problem came from one. */
  line?: number;
  column?: number;
}

export class ValidationError extends AppError {
  override readonly status = 422;
  override readonly code = "validation_failed";
  constructor(
    readonly problems: FieldProblem[],
    message = "Some fields are not valid",
  ) {
    super(message);
  }
}

/** The request itself is malformed (a path that does not decode), before any field can be named. */
export class BadRequestError extends AppError {
  override readonly status = 400;
  override readonly code = "bad_request";
}

export class PayloadTooLargeError extends AppError {
  override readonly status = 413;
  override readonly code = "payload_too_large";
}

export class UriTooLongError extends AppError {
  override readonly status = 414;
  override readonly code = "uri_too_long";
}
