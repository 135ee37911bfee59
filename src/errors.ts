/** The few errors the project throws. Each message says what to do about it. "No answer" is never one. */

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  constructor(readonly file: string, problem: string) {
    super(`corpus: ${file}: ${problem}`);
  }
}

export class IndexError extends Error {
  override readonly name = 'IndexError';
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly variable: string, problem: string) {
    super(`config: ${variable} ${problem} (see .env.example)`);
  }
}

/** A request the HTTP API refuses: its status, a stable code for programs and a message for people. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
  }
}
