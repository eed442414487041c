"""Developer scripts (screenshots, sound synthesis); not shipped."""
