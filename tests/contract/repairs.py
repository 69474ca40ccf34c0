"""The repairs live in the generator (`generator/core/mock_document.py`), which ships the repaired
document with each SDK repository; the contract tests use the same code."""

from generator.core.mock_document import json_pointer, repair_document

__all__ = ["json_pointer", "repair_document"]
