// Runs one SPARQL query with Comunica over two sources at once: a SPARQL endpoint (the
// running CEN-KG server) and a local Turtle file, so the answer joins both. Prints the
// bindings as one JSON array of {variable: value} objects.
// Usage: node federated.mjs ENDPOINT_URL TURTLE_FILE QUERY_FILE [--typed]
// Without --typed the endpoint is given as a plain URL and Comunica must find out from the
// server's SPARQL Service Description that it is a SPARQL endpoint.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { QueryEngine } from '@comunica/query-sparql';

const [endpoint, turtleFile, queryFile, flag] = process.argv.slice(2);
const engine = new QueryEngine();
const local = {
  type: 'serialized',
  value: readFileSync(turtleFile, 'utf8'),
  mediaType: 'text/turtle',
  baseIRI: pathToFileURL(turtleFile).href,
};
const remote = flag === '--typed' ? { type: 'sparql', value: endpoint } : endpoint;
const stream = await engine.queryBindings(readFileSync(queryFile, 'utf8'), { sources: [remote, local] });
const rows = (await stream.toArray()).map((b) => {
  const row = {};
  for (const [variable, term] of b) {
    row[variable.value] = term.value;
  }
  return row;
});
console.log(JSON.stringify(rows));
