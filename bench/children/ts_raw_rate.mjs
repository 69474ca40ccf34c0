// Reference for the TypeScript rate row: raw fetch, one loop per token, sending only once 1 s
// (+ a small margin) has passed since the response to the request RATE places earlier (a client
// that knows the limit). A 429 waits retry-after. Prints one JSON line.
const [baseURL, tokensArg, rateArg = "10"] = process.argv.slice(2);
const tokens = Number(tokensArg);
const rate = Number(rateArg);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let n429 = 0;

async function walk(token) {
  const headers = { "x-trackstar-api-key": "k", "x-trackstar-access-token": token };
  const recent = [];
  let pageToken = null;
  let orders = 0;
  for (;;) {
    if (recent.length === rate) {
      const delay = recent[0] + 1002 - performance.now();
      if (delay > 0) await sleep(delay);
    }
    const url = `${baseURL}/wms/orders${pageToken ? `?page_token=${encodeURIComponent(pageToken)}` : ""}`;
    const response = await fetch(url, { headers });
    const body = JSON.parse(await response.text());
    recent.push(performance.now());
    if (recent.length > rate) recent.shift();
    if (response.status === 429) {
      n429++;
      await sleep(1000 * Number(response.headers.get("retry-after") ?? "1"));
      continue;
    }
    orders += body.data.length;
    pageToken = body.next_token;
    if (!pageToken) return orders;
  }
}
const started = performance.now();
const counts = await Promise.all(Array.from({ length: tokens }, (_, i) => walk(`tok_${i}`)));
const elapsed = (performance.now() - started) / 1000;
console.log(JSON.stringify({ elapsed, orders: counts.reduce((a, b) => a + b, 0), client_429: n429 }));
