"""Trackstar SDK generator: declarative spec in, typed Python SDK and reference docs out."""

__version__ = "0.1.0"
