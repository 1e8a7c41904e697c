"""``callhandler bench``: SPEC section 6 figures, each beside a naive baseline in the same run."""
