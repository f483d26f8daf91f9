"""Writing output files so that nobody ever sees half of one."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import stat
from collections.abc import Iterator
from pathlib import Path

from .errors import DataError, EgovError

_INTERRUPTIONS = {signal.SIGINT, signal.SIGTERM}

#: The largest input file egovnews reads, in megabytes, by kind: the UN's CSV files are about
#: 20 kB an edition, a records file a few kB typed by hand (YAML is slow to parse: 34 MB took
#: minutes), a house style or a context a few lines. EGOVNEWS_MAX_INPUT_MB sets one limit for all.
DEFAULT_MAX_INPUT_MB = 50
MAX_INPUT_MB: dict[str, float] = {"csv": DEFAULT_MAX_INPUT_MB, "records": 5, "text": 1}


def max_input_bytes(kind: str = "csv") -> int:
    """The size limit on input files of a kind, from EGOVNEWS_MAX_INPUT_MB or the default.

    >>> max_input_bytes("records") == 5 * 1024 * 1024 or "EGOVNEWS_MAX_INPUT_MB" in os.environ
    True
    """
    text = os.environ.get("EGOVNEWS_MAX_INPUT_MB", "").strip()
    if not text:
        return int(MAX_INPUT_MB[kind] * 1024 * 1024)
    try:
        megabytes = float(text)
    except ValueError:
        megabytes = -1
    if not 0 < megabytes < 1024 * 1024:
        raise EgovError(f"EGOVNEWS_MAX_INPUT_MB must be a number of megabytes above 0, not {text!r}")
    return int(megabytes * 1024 * 1024)


def read_limited(path: str | Path, kind: str = "csv") -> bytes:
    """The bytes of an input file, refused with a DataError when it is larger than the limit,
    before more than the limit is read (``/dev/zero`` included). OSError is the caller's to word.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(delete=False) as f:
    ...     _ = f.write(b"2024")
    >>> read_limited(f.name)
    b'2024'
    """
    limit = max_input_bytes(kind)
    chunks: list[bytes] = []
    size = 0
    with open(path, "rb") as handle:
        # In pieces: read(limit + 1) would set aside the whole limit (50 MB) for a 20 kB file.
        while size <= limit and (chunk := handle.read(min(1 << 20, limit + 1 - size))):
            chunks.append(chunk)
            size += len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        size = f"{limit / 1024 / 1024:g} MB"
        raise DataError(f"larger than {size}, the limit for an input file: set EGOVNEWS_MAX_INPUT_MB to read it", file=path)
    return data


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back while the block runs.

    Raised between the creation of the temporary file and the assignment of its name,
    KeyboardInterrupt (or the command line's SIGTERM exception) would leave the file behind. A signal that arrives in the
    block stays pending and is raised when the block ends, once the name is known.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows has no signal masks; the window stays open
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTIONS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class OutputError(EgovError):
    """An output target egovnews will not write to (a FIFO, a device, a folder)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        #: The reason without the path: the same for every file a batch fails to write the same way.
        self.reason = reason


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def write_atomically(path: str | Path, text: str) -> None:
    r"""Write ``text`` to ``path`` through a temporary file in the same folder, so that a
    reader (or a crash) never sees half a file. The temporary file is removed whatever stops
    the write: an error, KeyboardInterrupt, or SIGTERM under the command line; one that a
    SIGKILL left behind for the same file is removed by the next write.

    A new file gets the permissions a plain ``open()`` would give it (0644 under the usual
    umask); an existing one keeps its own. A symbolic link stays a link: the file it points
    to is replaced. A target that is not a regular file (a FIFO, a device such as /dev/stdout,
    a folder) is refused with an OutputError, and left as it was.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_atomically(folder / "a.txt", "hello\n"); (folder / "a.txt").read_text()
    'hello\n'
    """
    given = Path(path)
    path = Path(os.path.realpath(given))
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        kind = next((name for test, name in _KINDS if test(existing.st_mode)), "not a file")
        raise OutputError(given, f"not a regular file ({kind}); egovnews writes regular files only")
    _remove_stale(path)
    data = text.encode("utf-8")
    temporary: str | None = None
    try:
        with _signals_held():
            handle, temporary = _create_temporary(path, existing)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise


def _create_temporary(path: Path, existing: os.stat_result | None) -> tuple[int, str]:
    """A new file beside ``path``, ``.NAME.XXXXXXXX.part``, opened for writing, with the mode
    the target will keep: its own, or what ``open()`` gives a new file (the kernel applies the
    umask to 0666 as it would there), so that no chmod follows in the usual case. The folder
    is made when missing."""
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for attempt in range(100):
        name = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            handle = os.open(name, flags, mode)
        except FileExistsError:
            continue
        except FileNotFoundError:
            if attempt:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            continue
        # An existing file's mode may hold bits the umask takes away: put them back.
        if existing is not None and stat.S_IMODE(os.fstat(handle).st_mode) != mode:
            os.chmod(name, mode)
        return handle, name
    raise FileExistsError(f"{path.parent}: no free temporary name for {path.name}")


#: Per folder, the temporary files an earlier, killed write left there, by the name they were
#: for: found by one scan of the folder per process, so that a batch of 579 files reads its
#: folder once rather than once a file.
_STALE: dict[str, dict[str, list[str]]] = {}
_PART = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.part")


def _remove_stale(path: Path) -> None:
    """Remove the temporary files of an earlier write of ``path`` that a SIGKILL left behind:
    only names of our own making (``.NAME.XXXXXXXX.part``, mkstemp's eight characters)."""
    folder = str(path.parent)
    found = _STALE.get(folder)
    if found is None:
        found = _STALE[folder] = {}
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                match = _PART.fullmatch(entry.name)
                if match and entry.is_file(follow_symlinks=False):
                    found.setdefault(match.group(1), []).append(entry.path)
    for stale in found.pop(path.name, ()):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(stale)


