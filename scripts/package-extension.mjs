#!/usr/bin/env node
// Builds the extension and packs each browser's folder into the zip file a
// store takes (manifest.json at the top level):
//   build-wasm/extension/precis-chrome.zip, precis-firefox.zip
//
//   node scripts/package-extension.mjs [--out DIR] [--wasm-dir DIR]
//   (npm run package:extension)
//
// The zip writer is here (node has none): deflate from node:zlib, stored
// entries where deflate does not help, fixed timestamps so that the same
// files give the same bytes.
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {crc32, deflateRawSync} from 'node:zlib';

import {buildExtension, listFiles} from '../web/build-extension.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// 1980-01-01 00:00, the earliest DOS date.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

// entries: [{name, data: Buffer}] -> Buffer of a zip archive.
export function zipFiles(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const {name, data} of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, {level: 9});
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data) >>> 0;
    if (body.length >= 0xffffffff || data.length >= 0xffffffff || offset >= 0xffffffff) {
      throw new Error(`${name}: too large for a zip without zip64`);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);          // version needed: 2.0
    local.writeUInt16LE(0x0800, 6);      // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);  // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);  // regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  if (entries.length > 0xffff) throw new Error('too many files for a zip without zip64');
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export function zipDirectory(dir, zipPath) {
  const entries = listFiles(dir).map((name) => ({name, data: readFileSync(path.join(dir, name))}));
  const zip = zipFiles(entries);
  writeFileSync(zipPath, zip);
  return {zipPath, bytes: zip.length, files: entries.length};
}

function parseArgs(argv) {
  const args = {out: path.join(root, 'build-wasm/extension'),
    wasmDir: path.resolve(root, process.env.PRECIS_WASM_DIR ?? 'build-wasm/wasm')};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = path.resolve(argv[++i] ?? '');
    else if (a === '--wasm-dir') args.wasmDir = path.resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/package-extension.mjs [--out DIR] [--wasm-dir DIR]');
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${a}`);
    }
  }
  return args;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const built = buildExtension({out: args.out, wasmDir: args.wasmDir, quiet: true});
    for (const [browser, dir] of Object.entries(built.dirs)) {
      const z = zipDirectory(dir, path.join(args.out, `precis-${browser}.zip`));
      console.log(`${z.zipPath}: ${z.files} files, ${z.bytes} B`);
    }
  } catch (error) {
    console.error(`package-extension: ${error.message}`);
    process.exit(1);
  }
}
