// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  CartOrderBillToAddress,
  CartOrderLineItem,
  CartOrderShipToAddress,
  CartOrderShipment,
  CartOrderShippingGroup,
} from "../orders.js";
import type { Exclusive } from "../../shared.js";
import type { InboundShipmentReceiveParamsLineItem } from "../../wms/inbound_shipments.js";

export interface CartOrderShipmentCreateAmazonParams {
  carrier_name:
    | "17FEIA"
    | "360lion"
    | "4PX"
    | "A-1"
    | "AAA Cooper"
    | "ABF"
    | "AFL/Fedex"
    | "Airtel"
    | "ALLJOY"
    | "AMAUK"
    | "AMAZON HORIZON"
    | "Amazon Shipping"
    | "AMZL"
    | "AMZL_UK"
    | "Andere"
    | "Anjun"
    | "AO"
    | "AO Deutschland"
    | "APC"
    | "APC Overnight"
    | "APC POSTAL LOGISTICS"
    | "APG eCommerce"
    | "Aramex"
    | "ARAS"
    | "Aras Kargo"
    | "Arco Spedizioni"
    | "Arkas"
    | "Arrow XL"
    | "Asendia"
    | "Asgard"
    | "Assett"
    | "AT POST"
    | "ATPOST"
    | "ATS"
    | "AUSSIE_POST"
    | "Australia Post"
    | "Australia Post-ArticleID"
    | "Australia Post-Consignment"
    | "B2C"
    | "B2C Europe"
    | "B2CShip"
    | "Balnak"
    | "Bartolini"
    | "Beijing Quanfeng Express"
    | "Best Buy"
    | "Best Express"
    | "Better Trucks"
    | "BJS"
    | "Blowhorn"
    | "Blue Package"
    | "BlueDart"
    | "BoÄŸaziÃ§i"
    | "Bombax"
    | "Bombino Express"
    | "BPOST"
    | "BR1 Express"
    | "BRT"
    | "Buylogic"
    | "Cainiao"
    | "Canada Post"
    | "Canpar"
    | "CargoLine"
    | "Caribou"
    | "Cart2India"
    | "CBHub"
    | "CBL"
    | "CDC"
    | "CELERITAS"
    | "Centex"
    | "CEVA"
    | "Ceva Lojistik"
    | "China Post"
    | "Chrono Express"
    | "Chronopost"
    | "Chukou1"
    | "Cititrans"
    | "City Link"
    | "CityPost"
    | "CNE"
    | "Coliposte"
    | "Colis PrivÃ©"
    | "Colissimo"
    | "Consegna Mezzi Propri"
    | "Conway"
    | "Correios"
    | "Correos"
    | "Correos Express"
    | "COSCO"
    | "CouriersPlease"
    | "CTT EXPRESS"
    | "Cubyn"
    | "CyberSavings"
    | "DACHSER"
    | "DAIPOST"
    | "DB Schenker"
    | "DEL Deliveries"
    | "Delhivery"
    | "Delivengo"
    | "Delivery Group"
    | "Der Kurier"
    | "DESERTCART"
    | "Deutsche Post"
    | "DFL"
    | "DHL"
    | "DHL eCommerce"
    | "DHL Express"
    | "DHL Freight"
    | "DHL Global Mail"
    | "DHL Home Delivery"
    | "DHL Kargo"
    | "DHL-Paket"
    | "DHL Parcel UK"
    | "DHLPL"
    | "Digital Delivery"
    | "DirectLog"
    | "Dotzot"
    | "DPB"
    | "DPD"
    | "DPD Local"
    | "DSV"
    | "DTDC"
    | "DX"
    | "DX Express"
    | "DX Freight"
    | "DX Secure"
    | "DYNAMIC EXPRESS"
    | "ECMS"
    | "ECMS express"
    | "Ecom Express"
    | "Ecom Shipping solutions PVT ltd"
    | "EINSA SOURCING"
    | "EKI Trans"
    | "Emirates Post"
    | "Emons"
    | "Endopack"
    | "Energo"
    | "Envialia"
    | "ePost Global"
    | "Equick"
    | "ESNAD"
    | "Estafeta"
    | "Estes"
    | "EUB"
    | "Europaczka"
    | "Exapaq"
    | "FAST EST"
    | "Fastway"
    | "FedEx"
    | "Fedex Freight"
    | "FEDEX JP"
    | "FedEx SmartPost"
    | "FERCAM"
    | "Fillo Kargo"
    | "First Flight"
    | "First Flight China"
    | "First Mile"
    | "Fleetan"
    | "Flyt"
    | "FRACHTPOST"
    | "FRANCE EXPRESS"
    | "Gati"
    | "GEL"
    | "GEL Express"
    | "geodis"
    | "Geodis Calberson"
    | "Geopost Kargo"
    | "GFS"
    | "GLS"
    | "GLS Canada"
    | "GO!"
    | "Gojavas"
    | "GRUPO LOGISTIC"
    | "Hellmann"
    | "Heppner"
    | "Hermes"
    | "Hermes (Corporate)"
    | "Hermes Einrichtungsservice"
    | "Hermes Logistik Gruppe"
    | "Hermes UK"
    | "Hlog"
    | "HNC"
    | "Home Logistics"
    | "honesteye"
    | "Hongkong Post"
    | "Horoz Lojistik"
    | "Hotpoint Logistics"
    | "HRP"
    | "HS code"
    | "HUAHAN Logistics"
    | "HubEurope"
    | "Hunter Express"
    | "Hunter Logistics"
    | "Huxloe"
    | "Huxloe Logistics"
    | "ICC Worldwide"
    | "IDS"
    | "IDS Netzwerk"
    | "iMile"
    | "India Post"
    | "InPost"
    | "Interlink"
    | "Interno"
    | "Intersoft"
    | "iParcel"
    | "ITD Global"
    | "J&amp;T Express"
    | "Japan Post"
    | "JCEX"
    | "Jersey Post"
    | "Jiufang"
    | "JP EXPRESS"
    | "JPL UPU"
    | "JS Express"
    | "JT"
    | "JT Express"
    | "JY Express"
    | "Kargokar"
    | "KEAVO"
    | "Kerry"
    | "Kuehne+Nagel"
    | "Kybotech"
    | "La Poste"
    | "Landmark"
    | "Landmark Global"
    | "Lasership"
    | "Lemonmode"
    | "Letian"
    | "LF Logistic"
    | "Liccardi"
    | "Liccardi Trasporti"
    | "Logistik Gruppe"
    | "Loomis"
    | "Mail Alliance"
    | "Mail Americas"
    | "Mainpost"
    | "MBE"
    | "Metro Kargo"
    | "Mezzi propri"
    | "MHI"
    | "Milkman"
    | "MNG Kargo"
    | "Mondial Relay"
    | "MRW"
    | "MZZ-Briefdienst"
    | "Nacex"
    | "NAQEL EXPRESS"
    | "Narpost Kargo"
    | "New Zealand Post"
    | "Newgistics"
    | "Nexive"
    | "Ninjavan"
    | "NipponExpress"
    | "NITTSU"
    | "NOVEO"
    | "NowBikes"
    | "NTL"
    | "OCS Worldwide"
    | "Old Dominion"
    | "OneWorldExpress"
    | "ONTIME"
    | "OnTrac"
    | "OSM"
    | "OSM Worldwide"
    | "Other"
    | "Otro"
    | "Overnite Express"
    | "Palletline"
    | "Palletways"
    | "Panther"
    | "Parcel Hub"
    | "Parcel Monkey"
    | "Parcel Station"
    | "Parcel2go"
    | "ParcelDenOnline"
    | "Parcelforce"
    | "Parcelhub"
    | "Parcelink Logistics"
    | "Parcelnet"
    | "ParcelOne"
    | "Paquetexpress"
    | "PDC Logistics"
    | "Pidge"
    | "Pilot"
    | "Pilot Freight"
    | "PIN"
    | "Polish Post"
    | "Pos Laju"
    | "Post Modern"
    | "Poste Italiane"
    | "PostNL"
    | "PostNord"
    | "Professional"
    | "PTT Kargo"
    | "PUROLATOR"
    | "Quantium"
    | "Qxpress"
    | "R+L"
    | "Raben Group"
    | "RBNA"
    | "REDUR"
    | "Redpack"
    | "Rhenus"
    | "Rieck"
    | "Rivigo"
    | "RMLGB"
    | "ROADIE"
    | "Roadrunner"
    | "Royal Mail"
    | "RR Donnelley"
    | "Safexpress"
    | "SAGAWA"
    | "SAGAWA EXPRESS"
    | "Saia"
    | "Sailpost"
    | "Schweizer Post"
    | "SDA"
    | "Seino"
    | "SEINO TRANSPORTATION"
    | "Seko Logistics"
    | "Selem Kargo"
    | "Self Delivery"
    | "Sendcloud"
    | "Sending"
    | "SENDLE"
    | "Seur"
    | "Seven Senders"
    | "SF Express"
    | "SFC"
    | "Ship Delight"
    | "Ship Global US"
    | "SHIPA"
    | "ShipEconomy"
    | "ShipEntegra"
    | "ShipGlobal"
    | "Shipmate"
    | "Shippit"
    | "Shopini World"
    | "Shree Maruti Courier"
    | "Shree Tirupati Courier"
    | "Shunfeng Express"
    | "Sinerlog"
    | "Singapore Post"
    | "Sinotrans"
    | "Skypostal"
    | "Smartmail"
    | "Smartrlogistics"
    | "SMSA"
    | "SMSA Express"
    | "Soarmall"
    | "Sonstige"
    | "South Eastern Freight Lines"
    | "Speedaf"
    | "Speedex"
    | "Spoton"
    | "SPRING"
    | "spring GDS"
    | "Sprint"
    | "Stahlmann and Sachs"
    | "Stampit"
    | "Staples"
    | "StarTrack-ArticleID"
    | "StarTrack-Consignment"
    | "STG"
    | "STO Express"
    | "Streamlite"
    | "Sunyou"
    | "SÃ¼rat Kargo"
    | "Susa"
    | "Swiss post"
    | "Szendex"
    | "Target"
    | "TATA Express"
    | "TDN"
    | "Team Express"
    | "Tezel Lojistik"
    | "The Delivery Group"
    | "The Professional Couriers"
    | "TIPSA"
    | "TNT"
    | "TNT Kargo"
    | "TNTIT"
    | "Toll"
    | "Toll Global Express"
    | "Tongda Global"
    | "Topyou"
    | "Total Express"
    | "Tourline"
    | "Trackon"
    | "Trakpak"
    | "Transaher"
    | "TransaragonÃ©s"
    | "TransFolha"
    | "Translink"
    | "Trans-o-Flex"
    | "Truline"
    | "TSB"
    | "Tuffnells"
    | "TWS"
    | "TXT"
    | "TyD"
    | "UBI"
    | "UKMail"
    | "UniUni"
    | "UPakWeShip"
    | "UPS"
    | "UPS Freight"
    | "UPS Mail Innovations"
    | "Upsilon"
    | "UPSMI"
    | "Urban Express"
    | "Uship"
    | "USPS"
    | "Verage Shipping"
    | "Via Xpress"
    | "VIR"
    | "VNLIN"
    | "WanbExpress"
    | "Watkins and Shepard"
    | "Wefast"
    | "WeWorldExpress"
    | "Whistl"
    | "Whizzard"
    | "WINIT"
    | "WPX"
    | "XDP"
    | "XPO"
    | "XPO Freight"
    | "Xpressbees"
    | "YAMATO"
    | "YAMATO TRANSPORT"
    | "YANWEN"
    | "YDH"
    | "Yellow Freight"
    | "YF Logistics"
    | "YFHEX"
    | "YHT"
    | "Yodel"
    | "YTO Express"
    | "Yun Express"
    | "Yunda Express"
    | "YurtiÃ§i Kargo"
    | "ZAD Express"
    | "Zeleris"
    | "Zippee"
    | "ZTO Express"
    | "Zust Ambrosetti";
  requested_shipping_method: string;
  shipped_date: string;
  tracking_number: string;
}

export interface CartOrderShipmentCreateBaseParams {
  carrier_name?: string;
  requested_shipping_method?: string;
  tracking_number?: string;
  tracking_url?: string;
}

export interface CartOrderShipmentCreateBigcommerceParams {
  carrier_id:
    | "auspost"
    | "canadapost"
    | "endicia"
    | "usps"
    | "fedex"
    | "ups"
    | "upsready"
    | "upsonline"
    | "shipperhq"
    | "royalmail";
  tracking_number: string;
}

export interface CartOrderShipmentCreateFaireParams {
  carrier_name:
    | "CANADA_POST"
    | "DHL_ECOMMERCE"
    | "DHL_EXPRESS"
    | "FEDEX"
    | "PUROLATOR"
    | "UPS"
    | "USPS"
    | "POSTNL"
    | "CANPAR"
    | "INTERLINK_EXPRESS"
    | "GSO"
    | "ROYAL_MAIL"
    | "DPD"
    | "DPDUK"
    | "PARCELFORCE"
    | "AUSTRALIA_POST"
    | "EVRI"
    | "LA_POSTE";
  shipping_cost: number;
  tracking_number: string;
}

export interface CartOrderShipmentCreateNuorderParams {
  carrier_name: string;
  line_items: Array<CartOrderShipmentCreateNuorderParamsLineItem>;
  tracking_number: string;
}

export interface CartOrderShipmentCreateNuorderParamsLineItem {
  product_sku: string;
  quantity: number;
}

export type CartOrderShipmentCreateParams = Exclusive<
  | CartOrderShipmentCreateBaseParams
  | CartOrderShipmentCreateAmazonParams
  | CartOrderShipmentCreateBigcommerceParams
  | CartOrderShipmentCreateFaireParams
  | CartOrderShipmentCreateNuorderParams
  | CartOrderShipmentCreateSandboxParams
  | CartOrderShipmentCreateShopifyParams
  | CartOrderShipmentCreateTiktokParams
  | CartOrderShipmentCreateWalmartParams
  | CartOrderShipmentCreateWoocommerceParams
>;

export interface CartOrderShipmentCreateResponse {
  data: CartOrderShipmentCreateResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface CartOrderShipmentCreateResponseData {
  additional_fields?: Record<string, unknown>;
  bill_to_address?: CartOrderBillToAddress;
  carrier_id?: string | null;
  carrier_name?: string | null;
  created_date?: string;
  earliest_ship_date?: string | null;
  external_system_url?: string | null;
  id?: string;
  invoice_currency_code?: string;
  latest_ship_date?: string | null;
  line_items?: Array<CartOrderLineItem>;
  order_number?: string;
  raw_status?: string | null;
  requested_shipping_method?: string | null;
  ship_to_address?: CartOrderShipToAddress;
  shipments?: Array<CartOrderShipment>;
  shipping_groups?: Array<CartOrderShippingGroup>;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "partially_fulfilled"
    | "fulfilled"
    | "exception"
    | "cancelled"
    | "backordered"
    | "other";
  total_discount?: number | null;
  total_price?: number | null;
  total_shipping?: number | null;
  total_tax?: number | null;
  updated_date?: string;
}

export interface CartOrderShipmentCreateSandboxParams {
  carrier_name: string;
  requested_shipping_method: string;
  tracking_number: string;
  tracking_url: string;
}

export interface CartOrderShipmentCreateShopifyParams {
  shipping_groups: Array<CartOrderShipmentCreateShopifyParamsShippingGroup>;
  tracking_number: string;
  tracking_url: string;
}

export interface CartOrderShipmentCreateShopifyParamsShippingGroup {
  line_items?: Array<CartOrderShipmentCreateShopifyParamsShippingGroupLineItem>;
  shipping_group_id: string;
}

export interface CartOrderShipmentCreateShopifyParamsShippingGroupLineItem {
  line_item_id: string;
  quantity: number;
}

export interface CartOrderShipmentCreateTiktokParams {
  carrier?: string;
  carrier_name?: string;
  shop_id: string;
  tracking_number: string;
}

export interface CartOrderShipmentCreateWalmartParams {
  carrier_name:
    | "UPS"
    | "USPS"
    | "FedEx"
    | "Airborne"
    | "OnTrac"
    | "DHL Ecommerce - US"
    | "DHL"
    | "LS"
    | "UDS"
    | "UPSMI"
    | "FDX"
    | "PILOT"
    | "ESTES"
    | "SAIA"
    | "FDS Express"
    | "Seko Worldwide"
    | "HIT Delivery"
    | "FEDEXSP"
    | "RL Carriers"
    | "Metropolitan Warehouse & Delivery"
    | "China Post"
    | "YunExpress"
    | "Yellow Freight Sys"
    | "AIT Worldwide Logistics"
    | "Chukou1"
    | "Sendle"
    | "Landmark Global"
    | "Sunyou"
    | "Yanwen"
    | "4PX"
    | "GLS"
    | "OSM Worldwide"
    | "FIRST MILE"
    | "AM Trucking"
    | "CEVA"
    | "India Post"
    | "SF Express"
    | "CNE"
    | "TForce Freight"
    | "AxleHire"
    | "LSO"
    | "Royal Mail"
    | "ABF Freight System"
    | "WanB"
    | "Roadrunner Freight"
    | "Meyer Distribution"
    | "AAA Cooper"
    | "Canada Post"
    | "Southeastern Freight Lines"
    | "Japan Post"
    | "Correos de Mexico"
    | "XPO Logistics"
    | "JD Logistics"
    | "YDH"
    | "JCEX"
    | "Flyt"
    | "Deutsche Post"
    | "Better Trucks"
    | "Asendia"
    | "SFC"
    | "UBI"
    | "ePost Global"
    | "YF Logistics"
    | "RXO"
    | "Estes Express"
    | "Shypmax"
    | "WIN.IT America"
    | "PITT OHIO"
    | "PostNord Sweden"
    | "Equick"
    | "Whistl"
    | "Tusou"
    | "Shiprocket"
    | "DTDC"
    | "PTS";
  line_items: Array<CartOrderShipmentCreateWalmartParamsLineItem>;
  requested_shipping_method:
    "Standard" | "Express" | "OneDay" | "Freight" | "WhiteGlove" | "Value";
  tracking_number: string;
}

export type CartOrderShipmentCreateWalmartParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface CartOrderShipmentCreateWoocommerceParams {
  carrier_name?: "Fedex" | "FedEx Sameday" | "OnTrac" | "UPS" | "USPS";
  requested_shipping_method: string;
  tracking_number?: string;
}
