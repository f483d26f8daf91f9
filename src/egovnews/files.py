"""Writing output files so that nobody ever sees half of one."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

_INTERRUPTIONS = {signal.SIGINT, signal.SIGTERM}


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


def write_atomically(path: str | Path, text: str) -> None:
    r"""Write ``text`` to ``path`` through a temporary file in the same folder, so that a
    reader (or a crash) never sees half a file. The temporary file is removed whatever stops
    the write: an error, KeyboardInterrupt, or SIGTERM under the command line. The file gets
    the permissions a plain ``open()`` would give it (0644 under the usual umask).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_atomically(folder / "a.txt", "hello\n"); (folder / "a.txt").read_text()
    'hello\n'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary: str | None = None
    try:
        with _signals_held():
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        # mkstemp makes the file private (0600); give it the mode open() would.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise


@cache
def _umask() -> int:
    # The only way to read the umask is to set it and set it back: done once, not per file,
    # so that threads writing at the same time never see the zero in between.
    mask = os.umask(0)
    os.umask(mask)
    return mask
