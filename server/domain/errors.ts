/**
 * Typed domain errors: every front door maps them once (HTTP status, Slack ephemeral, mail reply).
 * Their messages are written for users; never put internals in them.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'too_many' | 'unauthorized',
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class Invalid extends DomainError {
  constructor(
    readonly errors: Record<string, string>,
    message = 'Some fields are invalid.',
  ) {
    super(message, 'invalid', { errors });
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You are not allowed to do that.') {
    super(message, 'forbidden');
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'Not logged in.') {
    super(message, 'unauthorized');
  }
}

export class NotFound extends DomainError {
  constructor(what = 'Record') {
    super(`${what} not found.`, 'not_found');
  }
}

export class Conflict extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, 'conflict', details);
  }
}

export class TooMany extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'too_many');
  }
}
