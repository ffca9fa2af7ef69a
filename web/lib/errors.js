// Typed errors of the precis JS client.
//
// Every failure of a summarize() call rejects with a PrecisError whose .code
// is one of ERROR_CODES. The first three come from the engine's JSON envelope
// (core/include/precis/precis.h, ErrorCodeName); the others are the client's.

export const ERROR_CODES = Object.freeze([
  'invalid_options',  // options of the wrong type, range or name
  'input_too_large',  // the text is over the engine's 16 MiB limit
  'internal',         // a bug in the engine (or a WebAssembly abort)
  'invalid_input',    // binary data rather than text, or not a string
  'cancelled',        // the engine's progress callback asked it to stop
  'aborted',          // the caller's AbortSignal fired
  'timeout',          // the call took longer than its timeoutMs
  'worker_failed',    // the worker or the WebAssembly module could not run
]);

export class PrecisError extends Error {
  // code: one of ERROR_CODES; message: one line for people; cause: optional.
  constructor(code, message, options = undefined) {
    super(message, options);
    this.name = 'PrecisError';
    this.code = ERROR_CODES.includes(code) ? code : 'internal';
  }
}

// Turns whatever crossed the worker boundary ({code, message} or anything
// else) into a PrecisError.
export function toPrecisError(value, fallbackCode = 'internal') {
  if (value instanceof PrecisError) return value;
  if (value && typeof value === 'object') {
    const code = typeof value.code === 'string' && ERROR_CODES.includes(value.code)
      ? value.code : fallbackCode;
    const message = typeof value.message === 'string' && value.message
      ? value.message : String(value);
    return new PrecisError(code, message);
  }
  return new PrecisError(fallbackCode, String(value));
}
