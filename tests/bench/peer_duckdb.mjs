#!/usr/bin/env node
// Runs peer_duckdb.sql (the pandas peer's join in DuckDB SQL) on a CSV BOM and writes the
// same JSON report shape as peer_pandas.py.
// Usage: node tests/bench/peer_duckdb.mjs BOM.csv OUT.json [--threads N] [--data DIR]
// Needs @duckdb/node-api in tests/bench/.peer/ (tests/bench/install_peers.sh puts it there;
// PEER_DIR overrides the place). Default threads: 1, for one-core comparisons.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// bom-format.md's accepted header names for the columns the peer uses.
const kColumns = {
  ID: ['id', 'lineid', 'partid', 'partnumber', 'itemid', 'sku'],
  MATERIAL: ['material', 'commodity', 'rawmaterial', 'substance'],
  HS: ['hscode', 'hs', 'hts', 'htscode', 'tariffcode'],
  ORIGIN: ['origin', 'origincountry', 'countryoforigin', 'coo'],
};

function parseArgs(argv) {
  const args = { threads: '1', data: path.join(here, '..', '..', 'data'), files: [] };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--threads') args.threads = argv[++i];
    else if (argv[i] === '--data') args.data = argv[++i];
    else args.files.push(argv[i]);
  }
  if (args.files.length !== 2) {
    console.error('usage: peer_duckdb.mjs BOM.csv OUT.json [--threads N] [--data DIR]');
    process.exit(2);
  }
  return args;
}

// Reads the header line and maps each field to a quoted column name, or NULL when absent.
function pickColumns(bomPath) {
  const fd = fs.openSync(bomPath, 'r');
  const buf = Buffer.alloc(65536);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  const header = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  const names = header.split(',').map((s) => s.trim().replace(/^"|"$/g, ''));
  const folded = new Map(names.map((s) => [s.toLowerCase().replace(/[ _-]/g, ''), s]));
  const out = {};
  for (const [field, aliases] of Object.entries(kColumns)) {
    const hit = aliases.find((a) => folded.has(a));
    out[field] = hit ? '"' + folded.get(hit).replace(/"/g, '""') + '"' : 'NULL';
  }
  return out;
}

const sqlString = (s) => s.replace(/'/g, "''");

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const peerDir = process.env.PEER_DIR || path.join(here, '.peer');
  const require = createRequire(path.join(peerDir, 'package.json'));
  const { DuckDBInstance } = require('@duckdb/node-api');
  const [bom, out] = args.files;
  const linesPath = out + '.lines.tmp';
  const fill = { ...pickColumns(bom), BOM: sqlString(path.resolve(bom)),
                 DATA: sqlString(path.resolve(args.data)), LINES: sqlString(path.resolve(linesPath)) };
  const sql = fs.readFileSync(path.join(here, 'peer_duckdb.sql'), 'utf8')
    .replace(/\{\{(\w+)\}\}/g, (_, k) => fill[k])
    .split(/;\s*$/m).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter((s) => s);

  const instance = await DuckDBInstance.create(':memory:', { threads: String(args.threads) });
  const con = await instance.connect();
  let summary = null;
  for (const statement of sql) {
    const reader = await con.runAndReadAll(statement);
    const rows = reader.getRows();
    if (rows.length === 1 && reader.columnNames()[0] === 'summary') summary = rows[0][0];
  }
  // {"schema", "summary", "lines": <the array DuckDB wrote>}
  const fd = fs.openSync(out, 'w');
  fs.writeSync(fd, '{"schema": "peer-duckdb/v1", "summary": ' + summary + ', "lines": ');
  const src = fs.openSync(linesPath, 'r');
  const buf = Buffer.alloc(1 << 20);
  for (let n; (n = fs.readSync(src, buf, 0, buf.length, null)) > 0;) fs.writeSync(fd, buf, 0, n);
  fs.closeSync(src);
  fs.writeSync(fd, '}\n');
  fs.closeSync(fd);
  fs.unlinkSync(linesPath);
}

main().catch((e) => {
  console.error('peer_duckdb: error: ' + (e && e.message ? e.message : e));
  process.exit(1);
});
