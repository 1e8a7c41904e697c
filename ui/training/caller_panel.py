"""The caller in a training call: their first words, and what they say to the question on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from callhandler.domain.scripts import Question
from callhandler.training.scenarios import Scenario


def _read_only(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setReadOnly(True)
    return box


class CallerPanel(QWidget):
    """The caller's opening words, then the caller's reply to whichever question is on the
    script's card (``show_question``); every exchange is kept in the transcript below.

    The caller says a thing only when asked the question that draws it out: the panel never
    shows a line for a question the trainee has not put on screen. Text sits in scrolling
    boxes, so a long reply is never cut off in a narrow column.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._reply = ""
        self._heard: list[str] = []
        heading = QLabel(self.tr("The caller"))
        heading.setObjectName("heading")
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.exchange = _read_only("callerReply")
        self.exchange.setAccessibleName(self.tr("The caller's reply"))
        self.exchange.setAccessibleDescription(
            self.tr("What the caller says to the question on screen.")
        )
        self.exchange.setFixedHeight(150)
        self.exchange.setProperty("tone", "warning-soft")
        transcript_label = QLabel(self.tr("What the caller has said"))
        self.transcript = _read_only("callerTranscript")
        self.transcript.setAccessibleName(self.tr("What the caller has said"))
        self.transcript.setAccessibleDescription(
            self.tr("Everything the caller has said so far, in order.")
        )
        self.transcript.setMinimumHeight(80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        for widget in (heading, self.who, self.exchange, transcript_label):
            layout.addWidget(widget)
        layout.addWidget(self.transcript, 1)
        self.setMinimumWidth(240)

    def set_scenario(self, scenario: Scenario) -> None:
        self._scenario = scenario
        self._heard = []
        self._reply = ""
        name = scenario.caller_name or self.tr("(no name given)")
        self.who.setText(
            self.tr("Calling from %1: %2").replace("%1", scenario.phone).replace("%2", name)
        )
        self.exchange.setPlainText(self.tr("The caller: “%1”").replace("%1", scenario.opening))
        self.transcript.setPlainText(f"“{scenario.opening}”")

    def opening_text(self) -> str:
        return self.transcript.toPlainText().splitlines()[0] if self._scenario else ""

    def show_question(self, question: Question | None) -> None:
        """The trainee has this question on screen: the caller answers it."""
        if self._scenario is None or question is None:
            return
        self._reply = self._scenario.reply(question)
        self.exchange.setPlainText(
            self.tr("You ask: %1\n\nThe caller: %2")
            .replace("%1", question.text)
            .replace("%2", self._reply)
        )
        line = f"Q: {question.text}\nA: {self._reply}"
        if line not in self._heard:
            self._heard.append(line)
            self.transcript.appendPlainText(line)

    def reply_text(self) -> str:
        return self._reply
