"""Benchmarks of partnerlink: `python -m bench`."""
