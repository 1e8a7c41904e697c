"""Workstation status in the window: online or offline, cache freshness, unsent work and conflicts."""
