"""claimcheck on the INLG 2021 accuracy shared task (dev split): convert, run, score.

    python -m benchmarks.inlg2021            # all 60 games; prints the score table
    python -m benchmarks.inlg2021 --games S001,S002 --diagnostics out/diag.jsonl

See benchmarks/inlg2021/README.md for what is measured and the latest figures.
"""
