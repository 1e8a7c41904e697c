"""A workstation against a shared PostgreSQL: encrypted local cache, incremental sync, offline work queue."""
