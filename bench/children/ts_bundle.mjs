// A program that lists orders: what the bundle-size row minifies with esbuild.
import Trackstar from "trackstar-sdk";

const client = new Trackstar();
for await (const order of client.wms.orders.list({ status: { in: ["open"] } })) {
  console.log(order.id);
}
