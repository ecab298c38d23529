// Reads RDF files with parsers that are not Jena and prints, per file, one JSON line:
// {"file", "format", "statements", "graphs", "licence"}: the statements (triples or quads)
// parsed, the distinct named graphs, and whether the file states the CC BY 4.0 licence of
// the CEN-KG dataset (dct:license). Usage: node count.mjs FORMAT=FILE ...
// Formats: turtle, ntriples, trig (N3.js), jsonld (jsonld.js), rdfxml (rdfxml-streaming-parser).
import { readFileSync, createReadStream } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import N3 from 'n3';
import jsonld from 'jsonld';
import { RdfXmlParser } from 'rdfxml-streaming-parser';

const DATASET = 'https://w3id.org/cyber-election-norms/id/dataset/cen-kg';
const LICENSE = 'http://purl.org/dc/terms/license';
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

function text(file) {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function n3(format, file) {
  const names = { turtle: 'Turtle', ntriples: 'N-Triples', trig: 'TriG' };
  return new N3.Parser({ format: names[format] }).parse(text(file));
}

async function jsonLd(file) {
  // No document loader: the context must be inline, nothing is fetched.
  const documentLoader = async (url) => { throw new Error(`refusing to fetch ${url}: the dump must be self-contained`); };
  return jsonld.toRDF(JSON.parse(text(file)), { documentLoader });
}

function rdfXml(file) {
  return new Promise((resolve, reject) => {
    const quads = [];
    const parser = new RdfXmlParser({ baseIRI: 'https://w3id.org/cyber-election-norms/' });
    parser.on('data', (q) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text(file));
    parser.end();
  });
}

async function parse(format, file) {
  switch (format) {
    case 'turtle': case 'ntriples': case 'trig': return n3(format, file);
    case 'jsonld': return jsonLd(file);
    case 'rdfxml': return rdfXml(file);
    default: throw new Error(`unknown format ${format}`);
  }
}

let failed = false;
for (const arg of process.argv.slice(2)) {
  const at = arg.indexOf('=');
  const format = arg.slice(0, at);
  const file = arg.slice(at + 1);
  try {
    const quads = await parse(format, file);
    const graphs = new Set(quads.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
    const licence = quads.some((q) => q.subject.value === DATASET && q.predicate.value === LICENSE
        && q.object.value === CC_BY);
    console.log(JSON.stringify({ file, format, statements: quads.length, graphs: graphs.size, licence }));
  } catch (e) {
    failed = true;
    console.log(JSON.stringify({ file, format, error: String(e && e.message || e) }));
  }
}
process.exit(failed ? 1 : 0);
