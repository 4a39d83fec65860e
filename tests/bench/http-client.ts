/**
 * The load generators' HTTP client, as source for their worker threads: node:http over keep-alive sockets, one
 * per virtual user. `fetch` (undici behind WHATWG streams and Headers) cost the generator about 0.4 ms of CPU per
 * request, CPU the servers it measures share on this machine.
 */
export const HTTP_CLIENT_SOURCE = `
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
/** Sends one request; resolves with the status and the body as text. */
function send(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const request = http.request(
      url,
      { method, agent, headers: payload ? { ...headers, 'content-length': payload.length } : headers },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}`;
