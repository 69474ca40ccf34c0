// A user's two calls, type-checked by the tsc row.
import Trackstar from "trackstar-sdk";

const client = new Trackstar();
const page = await client.wms.orders.list({ status: { in: ["open", "backordered"] } });
const order = await client.wms.orders.retrieve(page.data[0]?.id ?? "ord_1");
console.log(order.data.status);
