"""The attending officers' briefing: the window, the printed page and the PDF."""
