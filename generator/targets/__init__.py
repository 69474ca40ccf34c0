"""Targets: one folder per SDK language, each with its naming, types, templates, runtime and
packaging; `registry.TARGETS` lists the ones a run renders."""
