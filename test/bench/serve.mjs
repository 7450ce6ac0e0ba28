// A static host for the bench: serves a build gzip-compressed (as any static host would), with
// long-lived caching for the hashed assets, so Lighthouse measures the bytes a visitor downloads.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Starts serving `dir` on `port` (127.0.0.1); resolves to a function that stops it. */
export function serve(dir, port) {
  const cache = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(dir))) return void response.writeHead(403).end();
    try {
      if (!cache.has(file)) {
        const body = await readFile(file);
        cache.set(file, { body, gzip: gzipSync(body, { level: 9 }) });
      }
      const { body, gzip } = cache.get(file);
      const compress = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && !/\.png$/.test(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      response.end(compress ? gzip : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(() => server.close())));
}
