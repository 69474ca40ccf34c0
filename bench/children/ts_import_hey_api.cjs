// hey-api's generated SDK (compiled by tsc to CommonJS: its relative imports have no extension,
// which node's ESM loader refuses). Loading it builds its client (client.gen); then the headers.
require("./js/index.js");
require("./js/client.gen.js").client.setConfig({ headers: { "x-trackstar-api-key": "k", "x-trackstar-access-token": "t" } });
