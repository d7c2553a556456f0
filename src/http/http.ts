import type { IncomingMessage } from 'node:http';
import type { Response } from 'restify';
import { HTTP_LIMITS } from '../limits.js';

/** A client error with the status and the short reason it gets. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Reads the raw body up to a limit: 413 as soon as it is known to be larger. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new HttpError(413, `body larger than ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.resume();
        reject(new HttpError(413, `body larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
      done = true;
    });
    req.on('error', () => {
      if (!done) reject(new HttpError(400, 'request body could not be read'));
      done = true;
    });
  });
}

/**
 * Reads a JSON body: 415 for another content type, 413 over the size limit, 400 for JSON nested
 * deeper than `HTTP_LIMITS.maxJsonDepth` (checked on the raw text, before anything parses or walks
 * it) and for malformed JSON. Every route that reads JSON goes through here.
 */
export async function readJsonBody(req: IncomingMessage, limit: number, optional = false): Promise<unknown> {
  const type = req.headers['content-type'];
  if (type && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) throw new HttpError(415, 'content type must be application/json');
  const body = await readBody(req, limit);
  if (optional && body.length === 0) return undefined;
  const text = body.toString('utf8');
  if (jsonDepthExceeds(text, HTTP_LIMITS.maxJsonDepth)) throw new HttpError(400, 'JSON nested too deep');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'malformed JSON');
  }
}

/**
 * True when JSON text nests objects and arrays deeper than `limit`. One pass over the text, without
 * recursion: brackets are counted outside strings (a backslash escapes the next character). Text
 * that is not JSON may be miscounted; `JSON.parse` refuses it next anyway.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth -= 1;
  }
  return false;
}

/** Character codes of JSON's string and bracket characters. */
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }

/** Answers an error: its status and short reason for an `HttpError`, a bare 500 for anything else. */
export function sendError(res: Response, error: unknown): undefined {
  const status = error instanceof HttpError ? error.status : 500;
  const reason = error instanceof HttpError ? error.message : 'internal error';
  if (res.headersSent) {
    res.end();
    return undefined;
  }
  if (status === 413) res.setHeader('Connection', 'close');
  res.send(status, { error: reason });
  return undefined;
}

/** Name and stack of an error, for logs: never the request or the user's text. */
export function errorSummary(error: unknown): { type: string; message: string; stack?: string } {
  if (error instanceof Error) return { type: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { type: typeof error, message: String(error) };
}
