"""Sub-packages of the SDK."""
