"""Attendance against the grade's target: the overdue alert."""
