"""The neutral core: the spec, its importers, the schema model, the plan, diff and release notes."""
