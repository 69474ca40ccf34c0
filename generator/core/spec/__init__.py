"""The declarative spec: its model (`model`) and its loader (`loader`)."""
