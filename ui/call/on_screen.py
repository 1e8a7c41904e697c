"""What the workspace's helpers (the details correction, the person match) use of the call on
screen: a small protocol, so they do not reach into the whole workspace (and the workspace,
which builds them, is the only one of the three that imports the others)."""

from __future__ import annotations

from typing import Protocol

from callhandler.desk import Desk
from ui.call.grade_flow import GradeFlow, OpenedIncident
from ui.call.history_panel import HistoryPanel
from ui.call.new_call_form import NewCallForm


class CallOnScreen(Protocol):
    """The call being taken (ui.call.call_workspace.CallWorkspace is one; it is a QWidget,
    which the helpers use as their parent and as their shortcuts' window)."""

    form: NewCallForm
    history: HistoryPanel
    grading: GradeFlow
    desk: Desk

    @property
    def incident(self) -> OpenedIncident | None: ...

    def look_up_now(self) -> None: ...
