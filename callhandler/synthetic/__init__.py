"""Synthetic data only (SPEC section 4): the fictional world, seeding and the demo database.

Needs the optional ``synthetic`` extra (faker); a police workstation does not install it.
"""
