// trackstar-sdk against the rate-limited server: one client, TOKENS withAccessToken() copies,
// each walking every order of its pages concurrently. Prints one JSON line.
import Trackstar from "trackstar-sdk";

const [baseURL, tokensArg] = process.argv.slice(2);
const tokens = Number(tokensArg);
const client = new Trackstar({ apiKey: "k", accessToken: "warm-up", baseURL });
await client.wms.orders.list(); // loads the resource's modules before the clock starts
const started = performance.now();
const counts = await Promise.all(
  Array.from({ length: tokens }, async (_, i) => {
    let n = 0;
    for await (const order of client.withAccessToken(`tok_${i}`).wms.orders.list()) if (order) n++;
    return n;
  }),
);
const elapsed = (performance.now() - started) / 1000;
console.log(JSON.stringify({ elapsed, orders: counts.reduce((a, b) => a + b, 0) }));
