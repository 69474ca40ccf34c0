// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { CartOrder, CartOrderShipment } from "./cart/orders.js";
import type { CartProduct } from "./cart/products.js";
import type { CartWarehouse } from "./cart/warehouses.js";
import type { ConnectionErrorModelAffectedEndpoint } from "./connections.js";
import type { FreightShipment } from "./freight/shipments.js";
import type { Billing } from "./wms/billing.js";
import type {
  InboundShipment,
  InboundShipmentReceipt,
} from "./wms/inbound_shipments.js";
import type { Inventory } from "./wms/inventory.js";
import type { InventoryLedger } from "./wms/inventory/ledger.js";
import type { Order, OrderShipment } from "./wms/orders.js";
import type { Product } from "./wms/products.js";
import type { Return } from "./wms/returns.js";
import type { ShippingMethod } from "./wms/shipping_methods.js";
import type { WarehouseCustomer } from "./wms/warehouse_customers.js";
import type { Warehouse } from "./wms/warehouses.js";
import type { WarehouseLocation } from "./wms/warehouses/locations.js";

export interface BillCreatedEvent {
  connection_id: string;
  data: Billing;
  event_type: "bill.created";
  integration_name: string;
  integration_type: string;
}

export interface BillUpdatedEvent {
  connection_id: string;
  data: Billing;
  event_type: "bill.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: Billing;
}

export interface CartOrderCartShipmentCreatedEvent {
  connection_id: string;
  data: CartOrder;
  event_type: "cart-order.cart-shipment.created";
  integration_name: string;
  integration_type: string;
  previous_attributes: CartOrderCartShipmentCreatedEventPreviousAttributes;
}

export interface CartOrderCartShipmentCreatedEventPreviousAttributes {
  shipments?: Array<CartOrderShipment>;
}

export interface CartOrderCreatedEvent {
  connection_id: string;
  data: CartOrder;
  event_type: "cart-order.created";
  integration_name: string;
  integration_type: string;
}

export interface CartOrderUpdatedEvent {
  connection_id: string;
  data: CartOrder;
  event_type: "cart-order.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: CartOrder;
}

export interface CartProductCreatedEvent {
  connection_id: string;
  data: CartProduct;
  event_type: "cart-product.created";
  integration_name: string;
  integration_type: string;
}

export interface CartProductUpdatedEvent {
  connection_id: string;
  data: CartProduct;
  event_type: "cart-product.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: CartProduct;
}

export interface CartWarehouseCreatedEvent {
  connection_id: string;
  data: CartWarehouse;
  event_type: "cart-warehouse.created";
  integration_name: string;
  integration_type: string;
}

export interface CartWarehouseUpdatedEvent {
  connection_id: string;
  data: CartWarehouse;
  event_type: "cart-warehouse.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: CartWarehouse;
}

export interface ConnectionCreatedEvent {
  connection_id: string;
  data: ConnectionCreatedEventData;
  event_type: "connection.created";
  integration_name: string;
  integration_type: string;
}

export interface ConnectionCreatedEventData {
  access_token?: string;
  created_date?: string;
}

export interface ConnectionDeletedEvent {
  connection_id: string;
  data: ConnectionDeletedEventData;
  event_type: "connection.deleted";
  integration_name: string;
  integration_type: string;
}

export interface ConnectionDeletedEventData {
  deleted_date?: string;
}

export interface ConnectionErrorCreatedEvent {
  connection_id: string;
  data: ConnectionErrorCreatedEventData;
  event_type: "connection-error.created";
  integration_name: string;
  integration_type: string;
}

export interface ConnectionErrorCreatedEventData {
  affected_endpoints?: Array<ConnectionErrorModelAffectedEndpoint>;
  created_date?: string;
  error_message?: string;
  failed_url?: string;
  integration_name?: string;
  last_seen?: string;
  updated_date?: string;
}

export interface ConnectionErrorDeletedEvent {
  connection_id: string;
  data: ConnectionErrorCreatedEventData;
  event_type: "connection-error.deleted";
  integration_name: string;
  integration_type: string;
}

export interface ConnectionErrorUpdatedEvent {
  connection_id: string;
  data: ConnectionErrorCreatedEventData;
  event_type: "connection-error.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: ConnectionErrorCreatedEventData;
}

export interface ConnectionHistoricalSyncCompletedEvent {
  connection_id: string;
  data: ConnectionHistoricalSyncCompletedEventData;
  event_type: "connection.historical-sync-completed";
  integration_name: string;
  integration_type: string;
}

export interface ConnectionHistoricalSyncCompletedEventData {
  newest_data_date?: string;
  oldest_data_date?: string;
  resource?: string;
}

export interface FreightShipmentCreatedEvent {
  connection_id: string;
  data: FreightShipment;
  event_type: "freight-shipment.created";
  integration_name: string;
  integration_type: string;
}

export interface FreightShipmentUpdatedEvent {
  connection_id: string;
  data: FreightShipment;
  event_type: "freight-shipment.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: FreightShipment;
}

export interface InboundShipmentCreatedEvent {
  connection_id: string;
  data: InboundShipment;
  event_type: "inbound-shipment.created";
  integration_name: string;
  integration_type: string;
}

export interface InboundShipmentReceiptCreatedEvent {
  connection_id: string;
  data: InboundShipment;
  event_type: "inbound-shipment.receipt.created";
  integration_name: string;
  integration_type: string;
  previous_attributes: InboundShipmentReceiptCreatedEventPreviousAttributes;
}

export interface InboundShipmentReceiptCreatedEventPreviousAttributes {
  receipts?: Array<InboundShipmentReceipt>;
}

export interface InboundShipmentUpdatedEvent {
  connection_id: string;
  data: InboundShipment;
  event_type: "inbound-shipment.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: InboundShipment;
}

export interface InventoryCreatedEvent {
  connection_id: string;
  data: Inventory;
  event_type: "inventory.created";
  integration_name: string;
  integration_type: string;
}

export interface InventoryLedgerCreatedEvent {
  connection_id: string;
  data: InventoryLedger;
  event_type: "inventory_ledger.created";
  integration_name: string;
  integration_type: string;
}

export interface InventoryLedgerUpdatedEvent {
  connection_id: string;
  data: InventoryLedger;
  event_type: "inventory_ledger.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: InventoryLedger;
}

export interface InventoryUpdatedEvent {
  connection_id: string;
  data: Inventory;
  event_type: "inventory.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: Inventory;
}

export interface OrderCreatedEvent {
  connection_id: string;
  data: Order;
  event_type: "order.created";
  integration_name: string;
  integration_type: string;
}

export interface OrderShipmentCreatedEvent {
  connection_id: string;
  data: Order;
  event_type: "order.shipment.created";
  integration_name: string;
  integration_type: string;
  previous_attributes: OrderShipmentCreatedEventPreviousAttributes;
}

export interface OrderShipmentCreatedEventPreviousAttributes {
  shipments?: Array<OrderShipment>;
}

export interface OrderUpdatedEvent {
  connection_id: string;
  data: Order;
  event_type: "order.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: Order;
}

export interface ProductCreatedEvent {
  connection_id: string;
  data: Product;
  event_type: "product.created";
  integration_name: string;
  integration_type: string;
}

export interface ProductUpdatedEvent {
  connection_id: string;
  data: Product;
  event_type: "product.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: Product;
}

export interface ReturnCreatedEvent {
  connection_id: string;
  data: Return;
  event_type: "return.created";
  integration_name: string;
  integration_type: string;
}

export interface ReturnUpdatedEvent {
  connection_id: string;
  data: Return;
  event_type: "return.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: Return;
}

export interface ShippingMethodCreatedEvent {
  connection_id: string;
  data: ShippingMethod;
  event_type: "shipping-method.created";
  integration_name: string;
  integration_type: string;
}

export interface ShippingMethodUpdatedEvent {
  connection_id: string;
  data: ShippingMethod;
  event_type: "shipping-method.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: ShippingMethod;
}

export interface WarehouseCreatedEvent {
  connection_id: string;
  data: Warehouse;
  event_type: "warehouse.created";
  integration_name: string;
  integration_type: string;
}

export interface WarehouseCustomerCreatedEvent {
  connection_id: string;
  data: WarehouseCustomer;
  event_type: "warehouse-customer.created";
  integration_name: string;
  integration_type: string;
}

export interface WarehouseCustomerUpdatedEvent {
  connection_id: string;
  data: WarehouseCustomer;
  event_type: "warehouse-customer.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: WarehouseCustomer;
}

export interface WarehouseLocationCreatedEvent {
  connection_id: string;
  data: WarehouseLocation;
  event_type: "warehouse-location.created";
  integration_name: string;
  integration_type: string;
}

export interface WarehouseLocationUpdatedEvent {
  connection_id: string;
  data: WarehouseLocation;
  event_type: "warehouse-location.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: WarehouseLocation;
}

export interface WarehouseUpdatedEvent {
  connection_id: string;
  data: Warehouse;
  event_type: "warehouse.updated";
  integration_name: string;
  integration_type: string;
  previous_attributes: Warehouse;
}

/** Every webhook event; narrow it on `event_type`. */
export type WebhookEvent =
  | BillCreatedEvent
  | BillUpdatedEvent
  | CartOrderCartShipmentCreatedEvent
  | CartOrderCreatedEvent
  | CartOrderUpdatedEvent
  | CartProductCreatedEvent
  | CartProductUpdatedEvent
  | CartWarehouseCreatedEvent
  | CartWarehouseUpdatedEvent
  | ConnectionCreatedEvent
  | ConnectionDeletedEvent
  | ConnectionErrorCreatedEvent
  | ConnectionErrorDeletedEvent
  | ConnectionErrorUpdatedEvent
  | ConnectionHistoricalSyncCompletedEvent
  | FreightShipmentCreatedEvent
  | FreightShipmentUpdatedEvent
  | InboundShipmentCreatedEvent
  | InboundShipmentReceiptCreatedEvent
  | InboundShipmentUpdatedEvent
  | InventoryCreatedEvent
  | InventoryLedgerCreatedEvent
  | InventoryLedgerUpdatedEvent
  | InventoryUpdatedEvent
  | OrderCreatedEvent
  | OrderShipmentCreatedEvent
  | OrderUpdatedEvent
  | ProductCreatedEvent
  | ProductUpdatedEvent
  | ReturnCreatedEvent
  | ReturnUpdatedEvent
  | ShippingMethodCreatedEvent
  | ShippingMethodUpdatedEvent
  | WarehouseCreatedEvent
  | WarehouseCustomerCreatedEvent
  | WarehouseCustomerUpdatedEvent
  | WarehouseLocationCreatedEvent
  | WarehouseLocationUpdatedEvent
  | WarehouseUpdatedEvent;
