import { connect, type Socket } from "node:net";

/** What a server answered: the status and the body as text. */
export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * A bare HTTP/1.1 client for timing servers: keep-alive connections on plain sockets, each request's bytes built
 * once, the response read with just enough parsing (status, Content-Length or chunked). node:http's client costs
 * ~0.2 ms a call more on this machine (its parser, stream and event machinery), which a latency table would
 * count as the server's; load generators such as autocannon avoid it the same way.
 */
export class HttpClient {
  private readonly idle: Connection[] = [];

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  /** The bytes of a request, to send as many times as needed. */
  static request(method: string, url: URL, headers: Record<string, string>, body: Buffer): Buffer {
    const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`, `content-length: ${body.length}`];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), body]);
  }

  /**
   * Sends `request` on an idle connection (a new one when none is free) and resolves with the answer. A server
   * closes idle keep-alive connections after a while (node:http after 5 s); a request that meets such a close
   * before any answer comes is sent again once, on a new connection (the bench sends only queries).
   */
  async send(request: Buffer): Promise<HttpAnswer> {
    const reused = this.takeIdle();
    if (reused) {
      try {
        return await this.exchange(reused, request);
      } catch (error) {
        if (!reused.answeredNothing) throw error;
      }
    }
    return this.exchange(new Connection(this.host, this.port), request);
  }

  private takeIdle(): Connection | undefined {
    for (let connection = this.idle.pop(); connection; connection = this.idle.pop()) {
      if (connection.reusable) return connection;
    }
    return undefined;
  }

  private async exchange(connection: Connection, request: Buffer): Promise<HttpAnswer> {
    try {
      return await connection.exchange(request);
    } finally {
      if (connection.reusable) this.idle.push(connection);
    }
  }

  close(): void {
    for (const connection of this.idle.splice(0)) connection.close();
  }
}

const SILENCE_MS = 120_000;

/** One keep-alive connection, one request at a time. */
class Connection {
  reusable = true;
  /** Whether the current exchange has received no byte yet. */
  answeredNothing = true;
  private readonly socket: Socket;
  private waiting: { resolve(answer: HttpAnswer): void; reject(error: Error): void } | null = null;
  private reader = new ResponseReader();

  constructor(host: string, port: number) {
    this.socket = connect({ host, port });
    this.socket.setNoDelay(true);
    this.socket.on("data", (chunk: Buffer) => this.receive(chunk));
    this.socket.on("end", () => (this.reusable = false));
    // A server that goes silent must fail the run, not hang it.
    this.socket.setTimeout(SILENCE_MS, () => {
      if (this.waiting === null) return;
      this.close();
      this.fail(new Error(`no answer for ${SILENCE_MS / 1000} s`));
    });
    this.socket.on("error", (error) => this.fail(error));
    this.socket.on("close", () => this.fail(new Error("the server closed the connection")));
  }

  exchange(request: Buffer): Promise<HttpAnswer> {
    // An idle connection must not keep the process alive, as node:http's agent does with its free sockets.
    this.socket.ref();
    this.answeredNothing = true;
    return new Promise<HttpAnswer>((resolve, reject) => {
      if (!this.reusable) return reject(new Error("the connection is closed"));
      this.waiting = { resolve, reject };
      this.socket.write(request);
    }).finally(() => this.socket.unref());
  }

  close(): void {
    this.reusable = false;
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.answeredNothing = false;
    let answer: { status: number; body: Buffer; keepAlive: boolean } | null;
    try {
      answer = this.reader.add(chunk);
    } catch (error) {
      this.close();
      this.fail(error as Error);
      return;
    }
    if (answer === null) return;
    this.reader = new ResponseReader();
    if (!answer.keepAlive) this.close();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ status: answer.status, body: answer.body.toString("utf8") });
  }

  private fail(error: Error): void {
    this.reusable = false;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}

const HEAD_END = Buffer.from("\r\n\r\n");
const LAST_CHUNK = Buffer.from("0\r\n\r\n");

/** Collects one response: its head, then a body of Content-Length bytes or in chunked encoding. */
export class ResponseReader {
  private chunks: Buffer[] = [];
  private received = 0;
  private head: { status: number; bodyStart: number; length: number | null; keepAlive: boolean } | null = null;

  /** Adds bytes; returns the response once it is complete, null before. Throws on what it cannot read. */
  add(chunk: Buffer): { status: number; body: Buffer; keepAlive: boolean } | null {
    this.chunks.push(chunk);
    this.received += chunk.length;
    if (this.head === null) {
      const bytes = this.joined();
      const end = bytes.indexOf(HEAD_END);
      if (end < 0) return null;
      this.head = parseHead(bytes.toString("latin1", 0, end), end + HEAD_END.length);
    }
    const { status, bodyStart, length, keepAlive } = this.head;
    if (length !== null) {
      if (this.received < bodyStart + length) return null;
      return { status, body: this.joined().subarray(bodyStart, bodyStart + length), keepAlive };
    }
    // Joined only once the last chunk may have come, so that a long chunked body is not copied at every read.
    if (!this.endsWith(LAST_CHUNK)) return null;
    const body = dechunk(this.joined().subarray(bodyStart));
    return body === null ? null : { status, body, keepAlive };
  }

  /** Whether the bytes so far end with `tail`, looked up across the chunks without joining them. */
  private endsWith(tail: Buffer): boolean {
    let at = tail.length;
    for (let c = this.chunks.length - 1; c >= 0 && at > 0; c -= 1) {
      const chunk = this.chunks[c] as Buffer;
      for (let i = chunk.length - 1; i >= 0 && at > 0; i -= 1) {
        at -= 1;
        if (chunk[i] !== tail[at]) return false;
      }
    }
    return at === 0;
  }

  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
}

function parseHead(head: string, bodyStart: number) {
  const [statusLine = "", ...headerLines] = head.split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (status === undefined) throw new Error(`not an HTTP/1.1 response: ${JSON.stringify(statusLine.slice(0, 80))}`);
  const headers = new Map<string, string>();
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim().toLowerCase());
  }
  const keepAlive = headers.get("connection") !== "close";
  if (headers.get("transfer-encoding")?.includes("chunked")) return { status: Number(status), bodyStart, length: null, keepAlive };
  const length = headers.get("content-length");
  if (length === undefined) throw new Error("the response has neither Content-Length nor chunked encoding");
  return { status: Number(status), bodyStart, length: Number(length), keepAlive };
}

/** The body of a complete chunked encoding, or null when it is not complete yet. */
function dechunk(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf("\r\n", at, "latin1");
    if (lineEnd < 0) return null;
    const size = Number.parseInt(bytes.toString("latin1", at, lineEnd), 16);
    if (Number.isNaN(size)) throw new Error("bad chunk size in a chunked response");
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size + 2 > bytes.length) return null;
    parts.push(bytes.subarray(start, start + size));
    at = start + size + 2;
  }
}
