"""Documents made from the core's data: PDFs, CSV, archives. Knows nothing of Qt."""
