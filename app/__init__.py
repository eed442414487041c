"""Ippo's core: the store, the workshop services and the CLI. Knows nothing of Qt."""

__version__ = "0.1.0"
