"""Faults while writing: whatever goes wrong, an earlier export is intact and nothing is left.

Each fault is injected at the operating system's door, with the error the kernel gives: a
full disk is /dev/full put behind the temporary file's descriptor (so the kernel itself says
ENOSPC), and a read-only folder is os.open failing with EROFS for files in it (the tests may
run as root, whom permissions do not stop). Output paths that are folders, symbolic links,
named pipes and device nodes are real ones, and so is a full standard output.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

import kztimeline
from kztimeline import OutputError
from kztimeline.cli import main
from kztimeline.export import FORMATS, output_name, write_atomically
from tests.conftest import EVENTS, EXPORTS

EARLIER = b"an earlier export, which must survive\n"
REAL_OPEN = os.open

# Every way of writing a file: (name, the command line given the output path).
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "ics": lambda out: ["ics", str(EVENTS), "-o", str(out)],
    "export csv": lambda out: ["export", "--format", "csv", str(EVENTS), "-o", str(out)],
    "export html": lambda out: ["export", "--format", "html", str(EVENTS), "-o", str(out)],
    "plot png": lambda out: ["plot", str(EVENTS), "-o", str(out)],
}
SUFFIXES = {"ics": ".ics", "export csv": ".csv", "export html": ".html", "plot png": ".png"}


def run(arguments: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(arguments)
    return code, out.getvalue(), err.getvalue()


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new file opens for real, but its writes go to /dev/full: ENOSPC."""

    def open_on_full_disk(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        descriptor = REAL_OPEN(path, flags, mode, **kwargs)
        if flags & os.O_CREAT:
            full = REAL_OPEN("/dev/full", os.O_WRONLY)
            os.dup2(full, descriptor)
            os.close(full)
        return descriptor

    monkeypatch.setattr(os, "open", open_on_full_disk)


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Creating a file in tmp_path fails as on a read-only file system."""

    def open_read_only(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        if flags & os.O_CREAT and Path(path).parent == tmp_path:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        return REAL_OPEN(path, flags, mode, **kwargs)

    monkeypatch.setattr(os, "open", open_read_only)


FAULTS = {
    "full disk": ("full_disk", "cannot write: no space left on device; nothing was changed"),
    "read-only folder": ("read_only", "cannot write: read-only file system; nothing was changed"),
}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
class TestInjectedErrors:
    @pytest.mark.parametrize("fault", sorted(FAULTS))
    def test_write_atomically_keeps_the_earlier_file(
        self, request: pytest.FixtureRequest, tmp_path: Path, fault: str
    ) -> None:
        target = tmp_path / "calendar.ics"
        target.write_bytes(EARLIER)
        fixture, message = FAULTS[fault]
        request.getfixturevalue(fixture)
        with pytest.raises(OutputError) as caught:
            write_atomically(target, b"new content " * 10_000)
        assert str(caught.value) == f"{target}: {message}"
        assert target.read_bytes() == EARLIER
        assert leftovers(tmp_path) == []

    @pytest.mark.parametrize("command", sorted(COMMANDS))
    @pytest.mark.parametrize("fault", sorted(FAULTS))
    def test_every_command_exits_2_and_keeps_the_earlier_file(
        self, request: pytest.FixtureRequest, tmp_path: Path, fault: str, command: str
    ) -> None:
        target = tmp_path / f"timeline{SUFFIXES[command]}"
        target.write_bytes(EARLIER)
        fixture, message = FAULTS[fault]
        request.getfixturevalue(fixture)
        code, out, err = run(COMMANDS[command](target))
        assert (code, out, err) == (2, "", f"{target}: {message}\n")
        assert target.read_bytes() == EARLIER
        assert leftovers(tmp_path) == []


class TestOutputPaths:
    @pytest.mark.parametrize("command", sorted(COMMANDS))
    def test_an_output_path_that_is_a_folder(self, tmp_path: Path, command: str) -> None:
        target = tmp_path / f"timeline{SUFFIXES[command]}"
        target.mkdir()
        (target / "inside").write_bytes(EARLIER)
        code, out, err = run(COMMANDS[command](target))
        assert (code, out) == (2, "")
        assert err == f"{target}: is a folder; give a file name such as timeline.png\n"
        assert (target / "inside").read_bytes() == EARLIER
        assert leftovers(tmp_path) == []

    @pytest.mark.parametrize("command", sorted(COMMANDS))
    def test_an_output_path_that_is_a_symbolic_link(self, tmp_path: Path, command: str) -> None:
        """A link to a regular file is followed as the shell's ``>`` follows it: the file it
        points to gets the new content, and the link stays a link."""
        pointed = tmp_path / "elsewhere" / f"pointed{SUFFIXES[command]}"
        pointed.parent.mkdir()
        pointed.write_bytes(EARLIER)
        target = tmp_path / f"timeline{SUFFIXES[command]}"
        target.symlink_to(pointed)
        code, out, err = run(COMMANDS[command](target))
        assert (code, out, err) == (0, f"{target}\n", "")
        assert target.is_symlink()
        assert target.readlink() == pointed
        assert pointed.read_bytes() != EARLIER
        assert pointed.stat().st_size > 0
        assert leftovers(tmp_path) == leftovers(pointed.parent) == []

    def test_a_named_pipe_is_left_as_it_is(self, tmp_path: Path) -> None:
        """A rename would replace the pipe with a file; the pipe stays, with one line."""
        target = tmp_path / "timeline.ics"
        os.mkfifo(target)
        code, out, err = run(COMMANDS["ics"](target))
        assert (code, out) == (2, "")
        assert err == (
            f"{target}: is a named pipe (FIFO), not a regular file; "
            "give a file name, or - for standard output\n"
        )
        assert stat.S_ISFIFO(target.lstat().st_mode)
        assert sorted(tmp_path.iterdir()) == [target]

    def test_a_link_to_a_named_pipe_is_refused_as_the_pipe(self, tmp_path: Path) -> None:
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        target = tmp_path / "timeline.csv"
        target.symlink_to(pipe)
        code, out, err = run(COMMANDS["export csv"](target))
        assert (code, out) == (2, "")
        assert err.startswith(f"{target}: is a named pipe (FIFO), not a regular file;")
        assert target.is_symlink()
        assert stat.S_ISFIFO(pipe.lstat().st_mode)

    @pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
    def test_a_device_node_is_left_as_it_is(self, tmp_path: Path) -> None:
        """A character device made like /dev/null (1, 3) stays that device."""
        target = tmp_path / "null"
        os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        code, out, err = run(COMMANDS["ics"](target))
        assert (code, out) == (2, "")
        assert err.startswith(f"{target}: is a character device, not a regular file;")
        assert stat.S_ISCHR(target.lstat().st_mode)
        assert target.lstat().st_rdev == os.makedev(1, 3)
        assert sorted(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_standard_output_is_one_line_and_exit_2() -> None:
    """``> /dev/full`` is the kernel's ENOSPC on standard output, seen by a real process."""
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "kztimeline", "ics", str(EVENTS), "-o", "-"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert (done.returncode, done.stderr) == (
        2,
        "cannot write to standard output: no space left on device\n",
    )


@pytest.fixture(scope="module")
def current_exports() -> dict[str, bytes]:
    """What `build` writes for the bundled file, in the order it writes them: the committed
    exports, which test_committed_exports_are_exactly_the_generated_ones holds equal to a
    fresh build."""
    timeline = kztimeline.load(EVENTS)
    built = [output_name(timeline, name) for name, chosen in FORMATS.items() if chosen.built]
    return {file: (EXPORTS / file).read_bytes() for file in built}


@pytest.fixture(scope="module")
def earlier_exports(current_exports: dict[str, bytes]) -> dict[str, bytes]:
    """Earlier exports under the same names, each different from the current one."""
    return {name: EARLIER + name.encode() for name in current_exports}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_disk_in_the_middle_of_a_build(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    earlier_exports: dict[str, bytes],
    current_exports: dict[str, bytes],
) -> None:
    """The disk fills up at the third file: the files before it are new and whole, that
    file and the later ones are still the earlier exports, and nothing else is there."""
    assert all(earlier_exports[name] != current_exports[name] for name in current_exports)
    for name, data in earlier_exports.items():
        (tmp_path / name).write_bytes(data)
    order = list(current_exports)
    created: list[str] = []

    def third_file_fills_the_disk(path: Any, flags: int, mode: int = 0o777, **kw: Any) -> int:
        descriptor = REAL_OPEN(path, flags, mode, **kw)
        if flags & os.O_CREAT:
            created.append(os.fspath(path))
            if len(created) == 3:
                full = REAL_OPEN("/dev/full", os.O_WRONLY)
                os.dup2(full, descriptor)
                os.close(full)
        return descriptor

    monkeypatch.setattr(os, "open", third_file_fills_the_disk)
    code, out, err = run(["build", str(EVENTS), "-o", str(tmp_path)])
    monkeypatch.undo()
    failed = tmp_path / order[2]
    assert code == 2
    assert out.splitlines() == [str(tmp_path / name) for name in order[:2]]
    assert err == f"{failed}: cannot write: no space left on device; nothing was changed\n"
    for index, name in enumerate(order):
        expected = current_exports if index < 2 else earlier_exports
        assert (tmp_path / name).read_bytes() == expected[name], name
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(order)


def test_two_builds_at_once_leave_whole_files(
    tmp_path: Path, earlier_exports: dict[str, bytes], current_exports: dict[str, bytes]
) -> None:
    """Two `kztimeline build` processes write the same folder at the same time, over the
    earlier exports: every file is then the whole of the new export, never a mix."""
    for name, data in earlier_exports.items():
        (tmp_path / name).write_bytes(data)
    command = [sys.executable, "-m", "kztimeline", "build", str(EVENTS), "-o", str(tmp_path)]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)
    ]
    results = [process.communicate(timeout=300) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], results
    assert all(err == b"" for _, err in results)
    for name, data in current_exports.items():
        assert (tmp_path / name).read_bytes() == data, name
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(current_exports)


class TestTextWrittenInPieces:
    """Text is encoded a piece at a time as it is written, so that its bytes are never all
    held beside it; the file holds exactly its UTF-8 bytes."""

    def test_the_file_holds_the_text_encoded(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import importlib

        files = importlib.import_module("kztimeline._files")
        monkeypatch.setattr(files, "_ENCODED_PIECE", 3)
        text = "Şükrü Yılmaz, Мария 🗓 Almaty\n" * 5
        target = write_atomically(tmp_path / "events.toml", text)
        assert target.read_bytes() == text.encode("utf-8")

    def test_a_lone_surrogate_late_in_the_text_leaves_nothing(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import importlib

        files = importlib.import_module("kztimeline._files")
        monkeypatch.setattr(files, "_ENCODED_PIECE", 3)
        target = tmp_path / "events.toml"
        target.write_bytes(EARLIER)
        with pytest.raises(UnicodeEncodeError):
            write_atomically(target, "fine text, then \ud800")
        assert target.read_bytes() == EARLIER
        assert leftovers(tmp_path) == []
