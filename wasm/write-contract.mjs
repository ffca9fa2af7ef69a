// Writes the module's contract (contract(), precis::ContractJson) to a JSON
// file beside it, for the web builds that need the limits, languages and
// version before any module is loaded (web/build-contract.mjs).
//
//   node wasm/write-contract.mjs precis-node.mjs contract.json
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const [modulePath, outPath] = process.argv.slice(2);
if (!modulePath || !outPath) {
  console.error('usage: node wasm/write-contract.mjs MODULE.mjs OUT.json');
  process.exit(2);
}
const {default: createPrecisModule} = await import(pathToFileURL(path.resolve(modulePath)).href);
const contract = JSON.parse((await createPrecisModule()).contract());
writeFileSync(outPath, `${JSON.stringify(contract, null, 2)}\n`);
