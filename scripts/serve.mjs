#!/usr/bin/env node
// A tiny static file server for the built site, on localhost only.
//
//   node scripts/serve.mjs [DIR] [--port N]     (npm run serve)
//
// DIR defaults to build-wasm/site, the port to 8080 (0 picks a free one).
// It prints the URL and serves until stopped. Files get the same Content
// Security Policy as the page's meta tag, also as a header so that it covers
// the worker scripts too.
import {createReadStream, statSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CSP_HEADER = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
  + "style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; "
  + "manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

// Starts serving `dir`. Resolves to {server, url, port}.
export function startServer({dir, port = 8080, host = '127.0.0.1', log = false}) {
  const base = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const reply = (status, body) => {
      res.writeHead(status, {'Content-Type': 'text/plain; charset=utf-8'});
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, 'method not allowed\n');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return reply(400, 'bad request\n');
    }
    if (pathname.includes('\0')) return reply(400, 'bad request\n');
    let file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) return reply(403, 'forbidden\n');
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      return reply(404, 'not found\n');
    }
    if (log) console.log(`${req.method} ${req.url}`);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({server, port: actual, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/`});
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let dir = path.join(root, 'build-wasm/site');
  let port = Number(process.env.PORT ?? 8080);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = Number(args[++i]);
    else if (args[i] === '--help' || args[i] === '-h') {
      console.log('usage: node scripts/serve.mjs [DIR] [--port N]');
      process.exit(0);
    } else dir = path.resolve(args[i]);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: bad port ${port}`);
    process.exit(2);
  }
  try {
    statSync(path.join(dir, 'index.html'));
  } catch {
    console.error(`serve: no index.html in ${dir}; build the site first (npm run build:site)`);
    process.exit(1);
  }
  startServer({dir, port, log: Boolean(process.env.PRECIS_SERVE_LOG)}).then(({url}) => {
    console.log(`precis: serving ${dir}`);
    console.log(`open ${url}`);
  }, (error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
}
