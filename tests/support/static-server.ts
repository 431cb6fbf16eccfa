/** Serves a built site on loopback, under a base path, the way a static host would (404.html included). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
  '.ris': 'application/x-research-info-systems',
  '.bib': 'application/x-bibtex',
  '.txt': 'text/plain',
  '.png': 'image/png',
};

export interface StaticSite {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** @param headers extra response headers for HTML (a Content-Security-Policy in the tests) */
export function serveStatic(root: string, base = '/', headers: Record<string, string> = {}): Promise<StaticSite> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) pathname = '/__outside_base__';
    else pathname = `/${pathname.slice(base.length)}`;
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) file = path.join(root, '__missing__');
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : path.join(root, '404.html');
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    response.writeHead(found ? 200 : 404, { 'Content-Type': type, ...(type.startsWith('text/html') ? headers : {}) });
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}${base}`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
