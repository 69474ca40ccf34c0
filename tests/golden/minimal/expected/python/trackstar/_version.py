"""Version of the generated SDK (bumped by `make update-spec` from the API diff)."""

__version__ = "1.2.3"
