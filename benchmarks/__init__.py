"""Benchmarks of claimcheck on published, human-annotated data sets (see each package's README)."""
