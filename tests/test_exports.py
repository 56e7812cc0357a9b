"""The committed ``exports/`` folder is what ``kztimeline build`` makes of ``events.toml``.

Text formats (the calendar, JSON, CSV, Markdown, HTML, SVG) must match byte for byte. PNG
pictures are compared with matplotlib's ``compare_images`` at a small tolerance, since
their bytes may differ between FreeType or matplotlib versions. After editing events.toml,
run ``kztimeline build`` and commit the result.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kztimeline import Timeline
from kztimeline.cli import main
from kztimeline.export import FORMATS, build, output_name
from tests.conftest import EVENTS
from tests.conftest import EXPORTS as COMMITTED

IMAGE_TOLERANCE = 2.0
"""RMS difference allowed between a fresh PNG and the committed one (0–255 scale)."""


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory, timeline: Timeline) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    return {path.name: path for path in build(timeline, folder)}


def test_build_writes_every_registered_format(fresh: dict[str, Path], timeline: Timeline) -> None:
    """One file per format that build writes, named after events.toml."""
    names = [output_name(timeline, name) for name, f in FORMATS.items() if f.built]
    assert sorted(fresh) == sorted(names)
    assert all(path.stat().st_size > 0 for path in fresh.values())


def test_committed_exports_are_exactly_the_generated_ones(fresh: dict[str, Path]) -> None:
    """No file is missing from exports/, none is stale, and nothing else is there."""
    committed = {path.name for path in COMMITTED.iterdir() if not path.name.startswith(".")}
    assert committed == set(fresh), "exports/ does not match; run `kztimeline build`"
    stale = []
    for name, path in sorted(fresh.items()):
        old = COMMITTED / name
        if path.suffix == ".png":
            from matplotlib.testing.compare import compare_images

            if compare_images(str(old), str(path), tol=IMAGE_TOLERANCE) is not None:
                stale.append(name)
        elif path.read_bytes() != old.read_bytes():
            stale.append(name)
    assert not stale, f"stale exports {stale}; run `kztimeline build` and commit exports/"


def test_build_twice_gives_identical_bytes(tmp_path: Path, fresh: dict[str, Path]) -> None:
    """Determinism: a second build, through the CLI, writes the same bytes."""
    assert main(["build", str(EVENTS), "-o", str(tmp_path)]) == 0
    for name, path in fresh.items():
        assert (tmp_path / name).read_bytes() == path.read_bytes(), name


# --- One rule for an empty selection --------------------------------------------------------

NOTHING_MATCHES = ["--search", "no event says this"]


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["plot", "-o", "{out}/timeline.png"], "no events to export as png"),
        (["plot", "-o", "{out}/timeline.svg"], "no events to export as svg"),
        *[
            (["export", "--format", name, "-o", "{out}/file"], f"no events to export as {name}")
            for name in FORMATS
        ],
        (["ics", "-o", "{out}/calendar.ics"], "no events to export as iCalendar"),
    ],
    ids=lambda value: " ".join(value[:3]) if isinstance(value, list) else None,
)
def test_every_command_that_writes_refuses_an_empty_selection_the_same_way(
    command: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """plot, export and ics: one line, exit 2, and nothing written."""
    out = tmp_path / "out"
    words = [word.replace("{out}", str(out)) for word in command]
    assert main([words[0], str(EVENTS), *NOTHING_MATCHES, *words[1:]]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"{message}; widen the date range or the filters\n"
    assert not out.exists()


def test_build_refuses_a_file_without_events_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = tmp_path / "events.toml"
    events.write_text('[timeline]\ntitle = "T"\n\n[sources.a]\ntitle = "A"\n', encoding="utf-8")
    out = tmp_path / "exports"
    assert main(["build", str(events), "-o", str(out)]) == 2
    assert capsys.readouterr().err == (
        "no events to build the exports from; add an [[events]] table to the file\n"
    )
    assert not out.exists()


def test_list_answers_an_empty_selection(capsys: pytest.CaptureFixture[str]) -> None:
    """Listing nothing is an answer, not an error."""
    assert main(["list", str(EVENTS), *NOTHING_MATCHES]) == 0
    assert capsys.readouterr().out == "no events\n"


def test_every_output_of_another_file_is_named_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A build of apollo.toml writes apollo.*, so a build of another file into the same folder
    keeps its pictures; events.toml keeps the names of exports/ (above)."""
    path = tmp_path / "apollo.toml"
    path.write_text(
        '[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n[[events]]\nid = "e"\n'
        'title = "Landing"\ndate = 1969-07-20\nsources = ["a"]\n',
        encoding="utf-8",
    )
    assert main(["build", str(path), "-o", str(tmp_path / "out")]) == 0
    suffixes = ["ics", "timeline.json", "html", "csv", "md", "png", "svg", "pdf"]
    expected = [str(tmp_path / "out" / f"apollo.{suffix}") for suffix in suffixes]
    assert capsys.readouterr().out.split() == expected
    assert sorted(str(path) for path in (tmp_path / "out").iterdir()) == sorted(expected)
