"""Importing a force's history: file formats, row checks, the store and raw bulk writes."""
