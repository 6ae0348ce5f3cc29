"""Writing reports without losing anything: never over an input, never over a device.

    >>> write_atomic(Path("reports/nspcc.html"), html, inputs=[Path("nspcc.txt")])

A file (or a new path) is written through a temporary file beside it and a rename,
so that a reader never sees half a report and a failure leaves the old one as it
was. A target that exists and is not a regular file is never replaced: a character
device (/dev/null, /dev/full, a terminal), a FIFO or standard output (/dev/stdout,
/proc/self/fd/1, even when the shell sends it to a file) is written in place, as
`cat >> target` would; a block device or a socket is refused with one line. A symlink
to a file keeps its link: the file it points at is replaced.

Temporary files are named `.<target>.claimcheck-<pid>-<random>.tmp`. A run killed
with SIGKILL leaves its own behind; the next run that writes the same target removes
those older than itself whose process is gone (and no other file).
"""

from __future__ import annotations

import contextlib
import enum
import glob
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from claimcheck.errors import OutputError

TEMPORARY = ".{name}.claimcheck-"  # + "<pid>-" + mkstemp's random letters + ".tmp"
_TEMPORARY_PID = re.compile(r"\.claimcheck-(\d+)-[^/]*\.tmp$")
# A link into a process's open files: "/dev/stdout" is one when the shell redirects
# it to a file, and replacing that file would lose what `>>` appended to it.
_OPEN_FILE_LINK = re.compile(r"^/(proc/[^/]+|dev)/fd/\d+$")
STARTED = time.time()  # temporary files older than this run may be left-overs


class Target(enum.Enum):
    """What an output path is, which decides how it is written."""

    NEW = "new"  # nothing there yet: written through a rename
    FILE = "file"  # a regular file: replaced through a rename
    STREAM = "stream"  # a character device, a FIFO or an open file of this process
    DIRECTORY = "directory"
    OTHER = "other"  # a block device, a socket: refused


def target_kind(target: Path) -> Target:
    """How `target` would be written: `Target.STREAM` for /dev/null, a FIFO or /dev/stdout."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return Target.NEW
    except OSError:
        return Target.OTHER if target.is_symlink() else Target.NEW
    if stat.S_ISDIR(mode):
        return Target.DIRECTORY
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return Target.STREAM
    if not stat.S_ISREG(mode):
        return Target.OTHER
    return Target.STREAM if _links_to_an_open_file(target) else Target.FILE


def _links_to_an_open_file(target: Path) -> bool:
    """Whether a chain of symlinks from `target` passes through /proc/<pid>/fd/N."""
    path = os.path.abspath(target)
    for _ in range(40):  # the kernel's own limit on links followed
        if _OPEN_FILE_LINK.match(path):
            return True
        if not os.path.islink(path):
            return False
        path = os.path.join(os.path.dirname(path), os.readlink(path))
        path = os.path.normpath(path)
    return False


def inputs_of(articles: list[Path], data: Path | None, config: Path | None) -> list[Path]:
    """Every file a run reads: the articles, every file under --data (tables, metadata)
    and the configuration file."""
    files = list(articles)
    if data is not None and data.is_dir():
        files += [p for p in data.rglob("*") if _is_file(p)]
    elif data is not None:
        files.append(data)
    if config is not None:
        files.append(config)
    return files


def _is_file(path: Path) -> bool:
    """Whether `path` is a file; False where it cannot be looked at (/proc/1/cwd as root):
    what cannot be looked at is no table either, and reading the tables says so."""
    try:
        return path.is_file()
    except OSError:
        return False


def _is_input(target: Path, inputs: list[Path]) -> bool:
    """By path, through symlinks, and by inode (a hard link is the same file too)."""
    resolved = target.resolve()
    if any(resolved == p.resolve() for p in inputs):
        return True
    if not target.exists():
        return False
    return any(p.exists() and os.path.samefile(target, p) for p in inputs)


def check_target(
    target: Path, inputs: list[Path], *, option: str = "--report", default: bool = False
) -> None:
    """Refuse an output path that would overwrite an input or cannot be written."""
    kind = target_kind(target)
    if kind is Target.STREAM:
        return  # written in place: the device or the reader decides
    if kind is Target.OTHER:
        raise OutputError(
            f"{target}: is not a regular file, a character device or a pipe; "
            f"choose another {option} path"
        )
    if _is_input(target, inputs):
        raise OutputError(f"{target}: is one of the inputs; choose another {option} path")
    if kind is Target.DIRECTORY:
        raise OutputError(f"{target}: is a directory; give a file name such as report.html")
    parent = target.parent
    if default and not parent.exists() and not any(p.is_file() for p in parent.parents):
        return  # made on first use, like reports/
    if parent.exists() and not parent.is_dir():
        raise OutputError(
            f"{target}: {parent} is a file, not a directory; choose another {option} path"
        )
    if not parent.is_dir():
        raise OutputError(
            f"{target}: the directory {parent} does not exist; create it or choose another "
            f"{option} path"
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(
            f"{target}: the directory {parent} is not writable; choose another {option} path"
        )


def check_folder(folder: Path, inputs: list[Path], option: str = "--report") -> None:
    """Refuse a folder for reports that is a file, or that cannot be made or written."""
    if folder.exists() and not folder.is_dir():
        what = "one of the inputs" if _is_input(folder, inputs) else "a file"
        raise OutputError(
            f"{folder}: is {what}, not a folder for the reports; choose another {option} "
            "path (a folder, or an .html page) or pass --no-report"
        )
    existing = next((p for p in (folder, *folder.parents) if p.exists()), Path("."))
    if not existing.is_dir():
        raise OutputError(
            f"{folder}: {existing} is a file, not a directory; choose another {option} path"
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(
            f"{folder}: the directory {existing} is not writable; choose another {option} path"
        )


def write_atomic(target: Path, text: str, inputs: list[Path], what: str = "report") -> None:
    """Write `text` to `target` whole or not at all; a device or a pipe is written in place.

    Whatever fails (the disk, an encoding, an interrupt), the temporary file is removed
    and a file already at `target` is left as it was.
    """
    option = "--output" if what == "output" else "--report"
    kind = target_kind(target)
    if kind is Target.OTHER:
        check_target(target, inputs, option=option)  # refuses it with one line
    if kind is not Target.STREAM and _is_input(target, inputs):
        raise OutputError(f"{target}: is one of the inputs; choose another {option} path")
    try:
        with replacing(target) as stream:
            stream.write(text.encode("utf-8"))
    except OSError as error:
        hint = " or pass --no-report" if what == "report" else ""
        raise OutputError(
            f"{target}: cannot write the {what} ({error.strerror or error}); "
            f"choose another {option} path{hint}"
        ) from None


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A stream whose bytes become `target` when the block ends without an error.

    A file (or a new path) gets them through a temporary file and a rename, so that a
    failure leaves it as it was; a device, a pipe or standard output gets them as they
    are written, appended: a device or a pipe ignores that, and standard output sent
    to a file (`>> log`) keeps what the file held, where truncating would lose it.
    """
    kind = target_kind(target)
    if kind is Target.STREAM:
        with open(target, "ab") as stream:
            yield stream
        return
    if kind is Target.FILE:
        target = target.resolve()  # a symlink keeps its link
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_left_overs(target)
    prefix = TEMPORARY.format(name=target.name) + f"{os.getpid()}-"
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private (0600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def remove_left_overs(target: Path) -> list[Path]:
    """Remove the temporary files of `target` that a killed run left: claimcheck's by
    their name, older than this run, of a process that is gone. Returns them."""
    pattern = glob.escape(str(target.parent / TEMPORARY.format(name=target.name)))
    removed = []
    for name in glob.glob(pattern + "*.tmp", include_hidden=True):
        path = Path(name)
        found = _TEMPORARY_PID.search(name)
        if found is None or _alive(int(found.group(1))):
            continue
        with contextlib.suppress(OSError):
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < STARTED:
                path.unlink()
                removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
