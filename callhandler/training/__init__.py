"""Training mode: scripted calls, a training database of its own, scoring and the debrief (no Qt)."""
