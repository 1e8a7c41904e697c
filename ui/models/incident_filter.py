"""Filter and sort incident rows by free text across the columns and by status."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.incident_table import IncidentRowRole, SortKeyRole


class IncidentFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose visible text contains every word typed and whose status matches.

    Words match anywhere in any column, case-insensitively, so "mill jane" finds Jane at
    14 Mill Road. Sorting uses SortKeyRole, so times and grades sort as values.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self.setSortRole(SortKeyRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def status(self) -> str | None:
        return self._status

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._begin_change()
            self._words = words
            self._end_change()

    def set_status(self, status: str | None) -> None:
        """Show only rows with this status; None shows every status."""
        if status != self._status:
            self._begin_change()
            self._status = status
            self._end_change()

    def _begin_change(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()

    def _end_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if model is None:
            return True
        if self._status is not None:
            row = model.index(source_row, 0, source_parent).data(IncidentRowRole)
            if row is None or row.status != self._status:
                return False
        if not self._words:
            return True
        text = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in range(model.columnCount(source_parent))
        ).casefold()
        return all(word in text for word in self._words)
