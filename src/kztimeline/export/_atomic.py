"""Writing a file so that readers see the old content or the new, never a part of either."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from kztimeline.errors import OutputError

__all__ = ("write_atomically",)


def write_atomically(path: Path | str, data: bytes | str) -> Path:
    """Write ``data`` (``str`` is encoded as UTF-8) to ``path`` atomically.

    The bytes go to a temporary file in the same folder, which is flushed to disk and then
    renamed over ``path`` with :func:`os.replace`. On any failure the temporary file is removed,
    an earlier file at ``path`` is left as it was, and :class:`OutputError` says what happened.
    A symbolic link or a folder at ``path`` is refused rather than replaced.
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
        os.replace(temporary, target)  # noqa: PTH105 - the standard names os.replace
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError.from_os_error(target, err) from None
    return target
