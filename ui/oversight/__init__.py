"""The inspector's oversight view: safeguarding lists, drill-down, exports and charts."""
