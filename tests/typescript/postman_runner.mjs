// Replays Postman-derived calls through the built TypeScript SDK with a recording fetch.
// argv[2]: the built package's index.js; argv[3]: the cases JSON file. Prints the results JSON.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const sdk = await import(pathToFileURL(process.argv[2]).href);
const cases = JSON.parse(readFileSync(process.argv[3], "utf8"));

function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === "object") {
    if ("$date" in value) return new Date(value.$date);
    if ("$file" in value) {
      return sdk.toFile(Buffer.from(value.$file, "base64"), value.name, { type: value.type });
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

async function bodyOf(init) {
  const body = init.body;
  if (body === undefined || body === null) return null;
  if (typeof body === "string") return { json: JSON.parse(body) };
  if (body instanceof FormData) {
    const parts = {};
    for (const [key, value] of body.entries()) {
      parts[key] =
        typeof value === "string"
          ? value
          : { $file: Buffer.from(await value.arrayBuffer()).toString("base64") };
    }
    return { multipart: parts };
  }
  return { unknown: String(body) };
}

const results = [];
for (const item of cases) {
  const sent = [];
  const answers = [];
  const live = async (url, init) => {
    const response = await globalThis.fetch(url, init);
    answers.push({ status: response.status, violations: response.headers.get("sl-violations") });
    return response;
  };
  const recording = async (url, init) => {
    const u = new URL(url);
    sent.push({
      method: init.method,
      path: u.pathname,
      query: [...u.searchParams.entries()],
      headers: Object.fromEntries(
        Object.entries(init.headers).map(([k, v]) => [k.toLowerCase(), v]),
      ),
      body: await bodyOf(init),
    });
    return new Response(item.response.body, {
      status: item.response.status,
      headers: { "content-type": "application/json", "x-request-id": "req_1" },
    });
  };
  const client = new sdk.Trackstar({
    apiKey: item.apiKey,
    accessToken: item.accessToken,
    baseURL: item.baseURL ?? "https://api.test",
    fetch: item.baseURL ? live : recording,
    maxRetries: 0,
    rateLimits: false,
  });
  let target = client;
  let owner = client;
  for (const part of item.dotted.split(".")) {
    owner = target;
    target = target[part];
  }
  const outcomes = [];
  for (const params of item.calls) {
    answers.length = 0;
    const options = item.extraBody ? { extraBody: item.extraBody } : undefined;
    const args = [...item.positional];
    if (item.takesParams) args.push(revive(params));
    if (options) args.push(options);
    try {
      const result = await target.apply(owner, args);
      const page = typeof result.hasNextPage === "function";
      outcomes.push({
        ok: true,
        page,
        answers: [...answers],
        value: page
          ? { data: result.data, next_token: result.next_token, total_count: result.total_count }
          : result,
      });
    } catch (error) {
      outcomes.push({
        ok: false,
        answers: [...answers],
        error: error?.constructor?.name ?? String(error),
        status: error?.status,
        requestId: error?.requestId,
        message: String(error?.message ?? error),
      });
    }
  }
  results.push({ name: item.name, sent, outcomes });
}
process.stdout.write(JSON.stringify(results));
