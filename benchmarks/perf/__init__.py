"""claimcheck's performance benchmark: `python -m benchmarks.perf` (see docs/performance.md)."""
