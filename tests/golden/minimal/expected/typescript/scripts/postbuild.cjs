// Marks each build folder with its module format, so Node reads dist/esm as ES modules and
// dist/cjs as CommonJS whatever the package's own "type" says.
const fs = require("node:fs");
const path = require("node:path");

for (const [folder, type] of [
  ["esm", "module"],
  ["cjs", "commonjs"],
]) {
  const file = path.join(__dirname, "..", "dist", folder, "package.json");
  fs.writeFileSync(file, JSON.stringify({ type }) + "\n");
}
