// openapi-typescript's types have no runtime: a program loads openapi-fetch and builds a client.
import createClient from "openapi-fetch";

createClient({ baseUrl: "https://production.trackstarhq.com", headers: { "x-trackstar-api-key": "k", "x-trackstar-access-token": "t" } });
