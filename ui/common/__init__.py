"""UI pieces every screen shares: layout helpers (fit), the notice line, the small action
dialogs, the words for statuses, grades and times, the read-only table view and the
row-table model base."""
