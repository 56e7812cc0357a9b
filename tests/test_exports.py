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
from kztimeline.export import FORMATS, build, export_name
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
    names = [f.file_name.format(name=export_name(timeline)) for f in FORMATS.values() if f.built]
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
