"""The commands on top of the core and the targets (the click CLI and what it runs)."""
