"""Ippo's PySide6 windows and widgets. Importing this package does not import Qt."""
