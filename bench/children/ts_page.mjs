// The 1,000-order page: client.wms.orders.list() through a fetch serving the bytes, vs that
// same fetch + JSON.parse + a walk over the items; interleaved, in one process. Prints JSON.
import { readFileSync } from "node:fs";
import Trackstar from "trackstar-sdk";

const [pagePath, repeatsArg] = process.argv.slice(2);
const bytes = readFileSync(pagePath);
const repeats = Number(repeatsArg);
const fetch = async () =>
  new Response(bytes, { status: 200, headers: { "content-type": "application/json" } });
const client = new Trackstar({ apiKey: "k", accessToken: "t", fetch, rateLimits: false });

async function ours() {
  const page = await client.wms.orders.list();
  let n = 0;
  for (const order of page.data) if (order.id) n++;
  return n;
}
async function raw() {
  const response = await fetch();
  const body = JSON.parse(await response.text());
  let n = 0;
  for (const order of body.data) if (order.id) n++;
  return n;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
await ours();
await raw(); // warm-up
const o = [];
const r = [];
let count = 0;
for (let i = 0; i < repeats; i++) {
  let t = performance.now();
  count = await ours();
  o.push((performance.now() - t) / 1000);
  t = performance.now();
  await raw();
  r.push((performance.now() - t) / 1000);
}
console.log(JSON.stringify({ ours: median(o), raw: median(r), ours_samples: o, raw_samples: r, items: count }));
