"""Risk assessment capture (DASH or another instrument) for an incident."""
