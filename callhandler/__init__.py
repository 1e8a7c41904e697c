"""Call handler workstation core: domain rules, storage and services (no Qt)."""

__version__ = "0.1.0"
