"""Local HTTP servers that tests start in-process."""
