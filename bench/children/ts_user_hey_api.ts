// The same two calls as ts_user.ts through @hey-api/openapi-ts's generated SDK (its fetch client,
// generated into ./hey-api as its CLI writes it): what the tsc row times for that peer.
import { getWmsOrders, getWmsOrdersByOrderId } from "./hey-api";

const headers = {
  "x-trackstar-api-key": process.env.TRACKSTAR_API_KEY ?? "",
  "x-trackstar-access-token": process.env.TRACKSTAR_ACCESS_TOKEN ?? "",
};
const page = await getWmsOrders({ headers, query: { "status[in]": ["open", "backordered"] } });
const order = await getWmsOrdersByOrderId({ headers, path: { order_id: page.data?.data?.[0]?.id ?? "ord_1" } });
console.log(order.data?.data?.status);
