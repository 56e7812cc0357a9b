"""Files in and out: the one bounded reader and the one atomic writer.

Reading is bounded in size and UTF-8, and every failure is one sentence. Writing goes through a
temporary file in the same folder, so a reader sees the old content or the new, never a part.
Every command and exporter reads and writes through these two functions.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO, cast

from kztimeline.errors import KztimelineError, OutputError

__all__ = ("guarded_output", "not_utf8", "read_text", "write_atomically")

_EXISTS = "exists already; choose another name, or add --force"

# What a path that exists but is no regular file is, by the file type in its mode.
_NOT_REGULAR = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)

# Makes the error to raise from the path, the problem and the line (or None).
ErrorFactory = Callable[[Path, str, "int | None"], KztimelineError]


def read_text(
    file: Path, *, max_bytes: int, error: ErrorFactory, kind: str, limit_hint: str = ""
) -> tuple[bytes, str]:
    """The bytes of ``file`` and their text, a byte-order mark dropped.

    The size is checked before anything is decoded or parsed. ``kind`` names what the file
    should be ("a .toml file"); ``limit_hint`` is added to the message of a file too large.
    """
    try:
        with file.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise error(file, "no such file; check the path", None) from None
    except IsADirectoryError:
        raise error(file, f"is a folder; give the path of {kind}", None) from None
    except PermissionError:
        raise error(file, "cannot be read: permission denied", None) from None
    except OSError as err:
        raise error(file, f"cannot be read: {err.strerror or err}", None) from None
    if len(data) > max_bytes:
        raise error(file, f"is larger than the limit of {max_bytes:,} bytes{limit_hint}", None)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise error(file, "is UTF-16; save the file as UTF-8", 1)
    try:
        return data, data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise error(file, not_utf8(data[err.start]), line) from None


def not_utf8(byte: int) -> str:
    """What is said of a file whose first byte that is not UTF-8 is ``byte``."""
    return f"is not UTF-8 (byte 0x{byte:02x}); save the file as UTF-8"


def write_atomically(path: Path | str, data: bytes | str, *, replace: bool = True) -> Path:
    """Write ``data`` (``str`` is encoded as UTF-8) to ``path`` atomically; return the path.

    The bytes go to a temporary file in the same folder, which is flushed to disk and then
    renamed over ``path`` with :func:`os.replace`. On any failure the temporary file is removed,
    an earlier file at ``path`` is left as it was, and :class:`OutputError` says what happened.

    Only a regular file is ever replaced: a folder, a device, a named pipe or a socket at
    ``path`` is refused and left untouched. A symbolic link is followed, as the shell's ``>``
    follows it: the file it points to is replaced (atomically, in that file's folder) and the
    link stays a link; a link to anything but a regular file is refused like that thing.

    With ``replace=False`` an existing file is never replaced: the new file is linked into
    place, which fails if anything is at ``path``, so nothing is lost even to a race, and the
    error says to choose another name or add ``--force``.
    """
    named = Path(path)
    if not replace and (named.exists() or named.is_symlink()):
        raise OutputError(named, _EXISTS)
    target = Path(os.path.realpath(named)) if named.is_symlink() else named
    _refuse_what_is_not_a_file(named, target)
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(named, f"the folder {folder} does not exist; create it first")
    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        # 0o666 and the process umask give the file the permissions of any new file.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as err:
        raise OutputError.from_os_error(named, err) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            for piece in _encoded(data):
                stream.write(piece)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            os.replace(temporary, target)  # noqa: PTH105 - the standard names os.replace
        else:
            os.link(temporary, target)
            temporary.unlink()
    except FileExistsError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(named, _EXISTS) from None
    except UnicodeEncodeError:  # a lone surrogate: the caller's mistake, and nothing written
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError.from_os_error(named, err) from None
    return named


_ENCODED_PIECE = 1 << 20
"""Text is encoded this many characters (1 Mi) at a time as it is written."""


def _encoded(data: bytes | str) -> Iterator[bytes]:
    # The bytes of a large text are never all held beside it (an events file of 30,000
    # imported events is 15 MB as text, and its bytes 7.5 MB more at the peak of an import).
    if isinstance(data, bytes):
        yield data
        return
    for start in range(0, len(data), _ENCODED_PIECE):
        yield data[start : start + _ENCODED_PIECE].encode("utf-8")


def _refuse_what_is_not_a_file(named: Path, target: Path) -> None:
    """Raise :class:`OutputError` if ``target`` exists and is not a regular file.

    A rename over a device or a named pipe would replace the node itself (``/dev/null``
    becoming a plain file, for whoever runs as root), so anything but a regular file stays.
    """
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        raise OutputError.from_os_error(named, err) from None
    if stat.S_ISDIR(mode):
        raise OutputError(named, "is a folder; give a file name such as timeline.png")
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _NOT_REGULAR if test(mode)), "not a regular file")
    raise OutputError(
        named, f"is {kind}, not a regular file; give a file name, or - for standard output"
    )


class _GuardedOutput(io.TextIOBase):
    """A text stream that turns a failed write into one :class:`OutputError` sentence.

    A reader that went away (:class:`BrokenPipeError`) is passed on as it is: the command
    line treats it as the end of the reader's interest, not as an error.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self.failed = False

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as err:
            self.failed = True
            raise _standard_output_error(err) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            self.failed = True
            raise _standard_output_error(err) from None


def _standard_output_error(err: OSError) -> OutputError:
    reason = (err.strerror or os.strerror(err.errno or errno.EIO)).lower()
    return OutputError.for_standard_output(reason)


def guarded_output(stream: TextIO) -> tuple[TextIO, Callable[[], bool]]:
    """``stream`` (standard output) whose write errors become :class:`OutputError`, and a
    function that says whether a write to it failed.

    ``> /dev/full`` then reads "cannot write to standard output: no space left on device",
    one line, instead of a traceback at exit.
    """
    guarded = _GuardedOutput(stream)
    # The wrapper offers what the commands use of a text stream: write, flush, print.
    return cast("TextIO", guarded), lambda: guarded.failed
