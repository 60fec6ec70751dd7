import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, ResponseReader } from "../../bench/httpClient.js";
import { graphqlCall } from "../../bench/graphqlLatency.js";

describe("ResponseReader", () => {
  const head = (extra: string) => `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n${extra}\r\n`;

  it("waits for the whole Content-Length body, however the bytes are split", () => {
    const bytes = Buffer.from(`${head("Content-Length: 11\r\n")}hello world`);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      const reader = new ResponseReader();
      expect(reader.add(bytes.subarray(0, cut))).toBeNull();
      const answer = reader.add(bytes.subarray(cut));
      expect(answer?.status).toBe(200);
      expect(answer?.body.toString()).toBe("hello world");
      expect(answer?.keepAlive).toBe(true);
    }
  });

  it("reads a chunked body and notices Connection: close", () => {
    const reader = new ResponseReader();
    expect(reader.add(Buffer.from(`${head("Transfer-Encoding: chunked\r\nConnection: close\r\n")}5\r\nhello\r\n`))).toBeNull();
    const answer = reader.add(Buffer.from("6\r\n world\r\n0\r\n\r\n"));
    expect(answer?.body.toString()).toBe("hello world");
    expect(answer?.keepAlive).toBe(false);
  });

  it("finds the end of a chunked body split anywhere, the last chunk's marker included", () => {
    const bytes = Buffer.from(`${head("Transfer-Encoding: chunked\r\n")}5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n`);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      const reader = new ResponseReader();
      const pieces = [bytes.subarray(0, cut), ...Array.from(bytes.subarray(cut), (byte) => Buffer.from([byte]))];
      const answers = pieces.map((piece) => reader.add(piece));
      expect(answers.slice(0, -1).every((answer) => answer === null)).toBe(true);
      expect(answers.at(-1)?.body.toString()).toBe("hello world");
    }
  });

  it("refuses what is not an HTTP/1.1 response", () => {
    expect(() => new ResponseReader().add(Buffer.from("SSH-2.0-OpenSSH\r\n\r\n"))).toThrow(/not an HTTP\/1.1 response/);
  });
});

describe("HttpClient and graphqlCall against node:http", () => {
  let server: Server;
  let url: string;
  const connections = new Set<unknown>();

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const { query } = JSON.parse(Buffer.concat(chunks).toString()) as { query: string };
        response.setHeader("content-type", "application/json");
        if (query === "chunked") {
          // write() before end() makes node:http send the body in chunked encoding.
          response.write('{"data":');
          response.end('{"chunked":true}}');
        } else if (query === "fail") {
          response.end(JSON.stringify({ errors: [{ message: "no such field" }] }));
        } else {
          response.end(JSON.stringify({ data: { echo: query, header: request.headers["x-probe"] ?? null } }));
        }
      });
    });
    server.on("connection", (socket) => connections.add(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers repeated calls on one keep-alive connection, with the extra headers", async () => {
    const call = graphqlCall(url, "ping", {}, { "x-probe": "yes" });
    for (let i = 0; i < 5; i += 1) expect(await call()).toEqual({ echo: "ping", header: "yes" });
    expect(await graphqlCall(url, "chunked", {})()).toEqual({ chunked: true });
    expect(connections.size).toBe(1);
  });

  it("opens a new connection after the server closed an idle one", async () => {
    const call = graphqlCall(url, "again", {});
    expect(await call()).toEqual({ echo: "again", header: null });
    // As a keep-alive timeout does; the next call may see the close at once or only when it writes.
    server.closeIdleConnections();
    expect(await call()).toEqual({ echo: "again", header: null });
    server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await call()).toEqual({ echo: "again", header: null });
  });

  it("refuses an answer with errors", async () => {
    await expect(graphqlCall(url, "fail", {})()).rejects.toThrow("no such field");
  });

  it("opens a connection per concurrent request", async () => {
    const client = new HttpClient("127.0.0.1", Number(new URL(url).port));
    const request = HttpClient.request("POST", new URL(`${url}/graphql`), { "content-type": "application/json" }, Buffer.from('{"query":"x"}'));
    const answers = await Promise.all([client.send(request), client.send(request), client.send(request)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => JSON.parse(a.body).data.echo)).toEqual(["x", "x", "x"]);
    client.close();
  });
});
