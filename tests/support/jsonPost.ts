import http from 'node:http';

/**
 * Keep-alive connections for the tests' and benches' own requests. node:http costs about a quarter of the client CPU of
 * fetch per request, which matters where the client shares the machine with the server and Azurite it measures.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs JSON and returns the status and body text. */
export function postJson(url: URL, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length, ...headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}
