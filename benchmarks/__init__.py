"""Benchmarks of claimcheck: accuracy on published, human-annotated data sets (`inlg2021`)
and speed (`perf`); see each package's docstring or README."""
