/**
 * Two deploys of the app and a server to put them on, for the update and offline tests
 * (test/e2e/offline.spec.ts).
 *
 * `buildDeploys` builds the app twice into a temporary folder, as release 1 and release 2
 * (vite.config.ts beside this file: the same code, every chunk's hash different), both at once:
 * about four seconds, once per run of the file that needs them.
 * `serveDeploy` serves one of them the way a static host does (a page's path falls back to
 * index.html, a missing asset is a 404); `deploy(root)` replaces what it serves, as a deploy
 * replaces the files on the host, and `offline = true` drops every connection, as a network that
 * is gone.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

/** One build of the app. */
export interface Build {
  /** The folder it was built into. */
  readonly root: string;
  /** Its entry chunk's path ("/assets/index-….js"), from its index.html. */
  readonly entry: string;
  /** The name of its worker's cache ("pcocp-…"), from its sw.js. */
  readonly cache: string;
  /** Its JavaScript files ("assets/….js"). */
  readonly scripts: string[];
}

/** The project's root, where the builds run. */
const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));

function run(outDir: string, deploy: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['build', '--config', 'test/e2e/deploy/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
    const child = spawn('./node_modules/.bin/vite', args, { cwd: PROJECT, env: { ...process.env, E2E_DEPLOY: deploy }, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build (deploy ${deploy}) failed:\n${errors}`))));
  });
}

function readBuild(root: string): Build {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  // The entry script: fetched by the inline script once the page is painted (src/build/after-paint.ts,
  // its source minified into the page: the entry is its first argument).
  const entry = /\}\)\("(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
  const version = /const VERSION = '([0-9a-f]+)'/.exec(readFileSync(join(root, 'sw.js'), 'utf8'))?.[1];
  if (!entry || !version) throw new Error(`${root} has no entry script or no worker version`);
  const precache = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(readFileSync(join(root, 'sw.js'), 'utf8'))?.[1] ?? '[]') as string[];
  return { root, entry, cache: `pcocp-${version}`, scripts: precache.filter((f) => f.endsWith('.js')) };
}

/** Builds release 1 and release 2 into a new temporary folder; `remove` deletes it. */
export async function buildDeploys(): Promise<{ v1: Build; v2: Build; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'pcocp-deploys-'));
  await Promise.all([run(join(dir, 'v1'), '1'), run(join(dir, 'v2'), '2')]);
  return { v1: readBuild(join(dir, 'v1')), v2: readBuild(join(dir, 'v2')), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static host on 127.0.0.1 (a port of its own) serving one build at a time. */
export class DeployServer {
  /** The origin, "http://127.0.0.1:PORT". */
  url = '';
  /** True: every connection is dropped, as with no network. */
  offline = false;
  #root: string;
  #server: Server;

  constructor(root: string) {
    this.#root = root;
    this.#server = createServer((request, response) => {
      if (this.offline) {
        request.socket.destroy();
        return;
      }
      void this.#answer(request.url ?? "/", response);
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  /** Serves another build from now on, in place of the one served so far. */
  deploy(root: string): void {
    this.#root = root;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #answer(url: string, response: import('node:http').ServerResponse): Promise<void> {
    let path = normalize(decodeURIComponent(new URL(url, 'http://host').pathname));
    if (path.endsWith(sep)) path += 'index.html';
    // A path without an extension is a page of the app: index.html, as a single-page host answers.
    if (!extname(path)) path = '/index.html';
    const file = join(this.#root, path);
    const found = file.startsWith(this.#root + sep) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
  }
}
