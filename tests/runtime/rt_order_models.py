"""Stand-in models shaped like the generated `Order` (OrderSchema), for parsing tests and benchmarks."""

from __future__ import annotations

from typing import Any, Optional

from runtime._models import Datetime, TrackstarModel


class OrderChannel(TrackstarModel):
    channel_id: Optional[str] = None
    channel_name: Optional[str] = None


class Address(TrackstarModel):
    full_name: Optional[str] = None
    company: Optional[str] = None
    address1: Optional[str] = None
    address2: Optional[str] = None
    address3: Optional[str] = None
    city: Optional[str] = None
    state: Optional[str] = None
    postal_code: Optional[str] = None
    country: Optional[str] = None
    phone_number: Optional[str] = None
    email_address: Optional[str] = None


class OrderLineItem(TrackstarModel):
    product_id: Optional[str] = None
    sku: Optional[str] = None
    quantity: Optional[int] = None
    unit_price: Optional[float] = None
    is_picked: Optional[bool] = None
    discount_amount: Optional[float] = None


class ShipmentLineItem(TrackstarModel):
    inventory_item_id: Optional[str] = None
    sku: Optional[str] = None
    quantity: Optional[int] = None
    parent_product_id: Optional[str] = None


class PackageMeasurements(TrackstarModel):
    length: Optional[float] = None
    width: Optional[float] = None
    height: Optional[float] = None
    unit: Optional[str] = None
    weight: Optional[float] = None
    weight_unit: Optional[str] = None


class PackageLineItem(TrackstarModel):
    inventory_item_id: Optional[str] = None
    sku: Optional[str] = None
    quantity: Optional[int] = None
    lot_id: Optional[str] = None
    expiration_date: Datetime = None
    parent_product_id: Optional[str] = None


class Package(TrackstarModel):
    package_id: Optional[str] = None
    package_name: Optional[str] = None
    tracking_number: Optional[str] = None
    tracking_url: Optional[str] = None
    shipping_method: Optional[str] = None
    carrier: Optional[str] = None
    shipping_method_id: Optional[str] = None
    shipping_method_name: Optional[str] = None
    carrier_id: Optional[str] = None
    carrier_name: Optional[str] = None
    scac: Optional[str] = None
    shipping_cost: Optional[float] = None
    measurements: Optional[PackageMeasurements] = None
    line_items: Optional[list[PackageLineItem]] = None


class OrderShipment(TrackstarModel):
    shipment_id: Optional[str] = None
    warehouse_id: Optional[str] = None
    raw_status: Optional[str] = None
    status: Optional[str] = None
    shipped_date: Datetime = None
    shipping_method: Optional[str] = None
    line_items: Optional[list[ShipmentLineItem]] = None
    ship_to_address: Optional[Address] = None
    ship_from_address: Optional[Address] = None
    packages: Optional[list[Package]] = None


class Order(TrackstarModel):
    id: Optional[str] = None
    warehouse_customer_id: Optional[str] = None
    warehouse_id: Optional[str] = None
    created_date: Datetime = None
    updated_date: Datetime = None
    reference_id: Optional[str] = None
    order_number: Optional[str] = None
    status: Optional[str] = None
    raw_status: Optional[str] = None
    channel: Optional[str] = None
    channel_object: Optional[OrderChannel] = None
    type: Optional[str] = None
    trading_partner: Optional[str] = None
    shipping_method: Optional[str] = None
    service_level: Optional[str] = None
    shipping_method_id: Optional[str] = None
    shipping_method_name: Optional[str] = None
    carrier_id: Optional[str] = None
    carrier_name: Optional[str] = None
    scac: Optional[str] = None
    is_third_party_freight: Optional[bool] = None
    third_party_freight_account_number: Optional[str] = None
    first_party_freight_account_number: Optional[str] = None
    invoice_currency_code: Optional[str] = None
    total_price: Optional[float] = None
    total_tax: Optional[float] = None
    total_discount: Optional[float] = None
    total_shipping: Optional[float] = None
    ship_to_address: Optional[Address] = None
    line_items: Optional[list[OrderLineItem]] = None
    tags: Optional[list[str]] = None
    required_ship_date: Datetime = None
    saturday_delivery: Optional[bool] = None
    signature_required: Optional[bool] = None
    international_duty_paid_by: Optional[str] = None
    shipments: Optional[list[OrderShipment]] = None
    external_system_url: Optional[str] = None
    trackstar_tags: Optional[list[Any]] = None
