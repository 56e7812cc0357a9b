"""The wheel carries events.toml from the root as package data, and load() finds it anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import EVENTS, ROOT


def test_the_wheel_bundles_the_root_events_toml_and_loads_from_any_folder(
    tmp_path: Path,
) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("kztimeline-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("kztimeline/events.toml") == EVENTS.read_bytes()
        assert "kztimeline/py.typed" in archive.namelist()
        archive.extractall(tmp_path / "site")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import kztimeline; t = kztimeline.load(); print(kztimeline.__file__, len(t))",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    module, count = result.stdout.split()
    assert module.startswith(str(tmp_path / "site"))
    assert count == "14"


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kztimeline", "validate", str(EVENTS)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith(f"{EVENTS}: valid: 14 events")
