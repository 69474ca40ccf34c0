// The same two calls as ts_user.ts through openapi-typescript's types and openapi-fetch: what the
// tsc row times for that peer. Its types require the auth headers on every call.
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

const header = {
  "x-trackstar-api-key": process.env.TRACKSTAR_API_KEY ?? "",
  "x-trackstar-access-token": process.env.TRACKSTAR_ACCESS_TOKEN ?? "",
};
const client = createClient<paths>({ baseUrl: "https://production.trackstarhq.com" });
const page = await client.GET("/wms/orders", { params: { header, query: { "status[in]": ["open", "backordered"] } } });
const order = await client.GET("/wms/orders/{order_id}", {
  params: { header, path: { order_id: page.data?.data?.[0]?.id ?? "ord_1" } },
});
console.log(order.data?.data?.status);
