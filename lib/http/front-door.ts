/**
 * The front door's screening of every request before Next (scripts/serve.ts, ADR 031): requests
 * Next would answer with a 500 are answered here with a short text in the visitor's language
 * (lib/http/front-door-refusal.ts), and nothing of them reaches Next.
 *
 * - Decided from the request line and headers, before any of the body is read: a path with a
 *   malformed escape (400), a Server Action whose Content-Length is over Next's limit (413).
 *   Every other request with a Content-Length — every request a browser sends — goes to Next
 *   untouched: not read, not buffered, not delayed.
 * - A Server Action body sent without Content-Length (chunked; no browser does this) has no size
 *   to decide on. Its bytes are counted as they arrive: past the limit it is refused (413) at
 *   once; within it — at most 1 MB held, as Next holds a JSON action body whole before it
 *   decodes it — a body that is not multipart must be JSON (what
 *   React's encodeReply sends), else 400; then Next gets a copy of the request with the body and
 *   its Content-Length (replayRequest).
 * A refusal is answered once the body is read and thrown away (up to DISCARD_LIMIT_BYTES; past
 * it the connection is cut): answering while the client still sends would reset the connection,
 * and the client would see no answer at all.
 */
import { IncomingMessage, type ServerResponse } from 'node:http';
import { ACTION_BODY_LIMIT_BYTES, actionBodyRefusal, frontDoorRefusal, hasUncountedActionBody, tooLargeRefusal, type FrontDoorRefusal } from '@/lib/http/front-door-refusal';

/** How much of a refused request's body the front door reads (and discards) before it answers. */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

export type FrontDoorHandlers = {
  /** Sets what every answer carries (the security headers) on a response the front door gives itself. */
  beforeRefusal(request: IncomingMessage, response: ServerResponse): void;
  /** Hands the request — the client's own, or the copy with its counted body — to Next. */
  pass(request: IncomingMessage, response: ServerResponse): void;
};

export function screenRequest(request: IncomingMessage, response: ServerResponse, handlers: FrontDoorHandlers): void {
  const refusal = frontDoorRefusal(request);
  if (refusal) return answerRefusal(request, response, refusal, handlers);
  if (!hasUncountedActionBody(request)) return handlers.pass(request, response);
  readCountedBody(request, ACTION_BODY_LIMIT_BYTES).then(
    (body) => {
      const late = body === null ? tooLargeRefusal(request) : actionBodyRefusal(request, body);
      if (late) answerRefusal(request, response, late, handlers);
      else handlers.pass(replayRequest(request, body!), response);
    },
    // The client went away (or broke the chunked encoding) before its body was complete: nobody to answer.
    () => {
      request.destroy();
      response.destroy();
    },
  );
}

/** Answers a refusal once the rest of the body is read and dropped; a body past DISCARD_LIMIT_BYTES cuts the connection. */
function answerRefusal(request: IncomingMessage, response: ServerResponse, refusal: FrontDoorRefusal, handlers: FrontDoorHandlers) {
  handlers.beforeRefusal(request, response);
  let discarded = 0;
  const answer = () => {
    if (response.headersSent) return;
    response.writeHead(refusal.status, refusal.headers);
    response.end(refusal.body);
  };
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) request.destroy();
  });
  request.once('end', answer);
  request.resume();
  if (request.readableEnded) answer();
}

/**
 * The body, counted as it arrives: the bytes when it ends within `limit`, null as soon as it
 * passes it (the rest stays unread, for answerRefusal to drop). Rejects when the request breaks
 * off before its end.
 */
export function readCountedBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onError);
      request.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = () => {
      done();
      reject(new Error('The request broke off before its body was complete'));
    };
    const onClose = () => {
      if (!request.readableEnded) onError();
    };
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onError);
    request.once('aborted', onError);
    request.once('close', onClose);
  });
}

/**
 * A copy of `original` (method, address, headers, the same connection) whose body is `body`,
 * announced with its Content-Length, for Next to read as it reads any request. The client's own
 * request has been read to its end by then.
 */
export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  const headers = { ...original.headers, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((item) => [name, item]) : value === undefined ? [] : [name, String(value)]));
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}
