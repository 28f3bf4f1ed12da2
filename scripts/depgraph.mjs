// Draws src/'s import graph as docs/dependency-graph.svg: one box per folder (each feature its own box), arrows
// for imports, with the rules of .dependency-cruiser.cjs applied (a violation would be drawn red). dependency-cruiser
// gives the graph; Graphviz compiled to WebAssembly lays it out (no system Graphviz needed).
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { Graphviz } from '@hpcc-js/wasm-graphviz';

const bin = new URL('../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url).pathname;
const dot = execFileSync(
  process.execPath,
  [
    bin,
    'src',
    '--config',
    '.dependency-cruiser.cjs',
    '--include-only',
    '^src/',
    '--collapse',
    '^src/features/[^/]+|^src/[^/]+',
    '--output-type',
    'dot',
  ],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const graphviz = await Graphviz.load();
const svg = graphviz.dot(dot);
await writeFile(new URL('../docs/dependency-graph.svg', import.meta.url), svg);
console.log(`wrote docs/dependency-graph.svg (${svg.length} bytes)`);
