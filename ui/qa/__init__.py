"""Quality assurance of live calls: the compliance chart and a handler's own reviews."""
