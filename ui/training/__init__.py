"""Training mode's window: the TRAINING band, the caller panel, the debrief, trainees' results."""
