"""Files in and out: the one bounded reader and the one atomic writer.

Reading is bounded in size and UTF-8, and every failure is one sentence. Writing goes through a
temporary file in the same folder, so a reader sees the old content or the new, never a part.
Every command and exporter reads and writes through these two functions.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from kztimeline.errors import KztimelineError, OutputError

__all__ = ("read_text", "write_atomically")

_EXISTS = "exists already; choose another name, or add --force"

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
        problem = f"is not UTF-8 (byte 0x{data[err.start]:02x}); save the file as UTF-8"
        raise error(file, problem, line) from None


def write_atomically(path: Path | str, data: bytes | str, *, replace: bool = True) -> Path:
    """Write ``data`` (``str`` is encoded as UTF-8) to ``path`` atomically; return the path.

    The bytes go to a temporary file in the same folder, which is flushed to disk and then
    renamed over ``path`` with :func:`os.replace`. On any failure the temporary file is removed,
    an earlier file at ``path`` is left as it was, and :class:`OutputError` says what happened.
    A symbolic link or a folder at ``path`` is refused rather than replaced.

    With ``replace=False`` an existing file is never replaced: the new file is linked into
    place, which fails if anything is at ``path``, so nothing is lost even to a race, and the
    error says to choose another name or add ``--force``.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent
    if target.is_symlink():
        raise OutputError(target, "is a symbolic link; write to the file it points to instead")
    if target.is_dir():
        raise OutputError(target, "is a folder; give a file name such as timeline.png")
    if not folder.is_dir():
        raise OutputError(target, f"the folder {folder} does not exist; create it first")
    if not replace and (target.exists() or target.is_symlink()):
        raise OutputError(target, _EXISTS)
    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        # 0o666 and the process umask give the file the permissions of any new file.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as err:
        raise OutputError.from_os_error(target, err) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(payload)
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
        raise OutputError(target, _EXISTS) from None
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError.from_os_error(target, err) from None
    return target
