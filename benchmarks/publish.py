"""`kztimeline publish` of N generated events to a local Radicale, the first time (every
object new) and again with nothing changed, beside uploading the same .ics through
Radicale's own import (one PUT of the whole calendar to the collection's URL, which Radicale
splits into one object per UID). Requests are counted by a proxy in front of the server.

    python benchmarks/publish.py            # N = 1,000
    python benchmarks/publish.py --sizes 100,1000 --repeat 3
"""

from __future__ import annotations

import argparse
import base64
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.caldav_servers import PASSWORD, USER, CountingProxy, radicale

import kztimeline
from generate import generate
from kztimeline.publishing import publish


def _upload(proxy: CountingProxy, collection: str, text: str) -> None:
    """Radicale's own import: the whole calendar PUT to the collection's URL."""
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    request = urllib.request.Request(
        f"{proxy.url}/{USER}/{collection}/",
        data=text.encode("utf-8"),
        method="PUT",
        headers={"Content-Type": "text/calendar", "Authorization": f"Basic {token}"},
    )
    with urllib.request.urlopen(request, timeout=600) as response:
        response.read()


def run(sizes: Sequence[int], repeat: int) -> list[list[str]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder, radicale(Path(folder)) as base:
        proxy = CountingProxy(base)
        for n in sizes:
            timeline = kztimeline.loads(generate(n))
            text = kztimeline.to_ics(timeline)
            times: dict[str, list[float]] = {"first": [], "again": [], "upload": []}
            cpu: dict[str, list[float]] = {"first": [], "again": []}
            counts: dict[str, int] = {}
            for attempt in range(repeat):
                url = f"{proxy.url}/{USER}/publish-{n}-{attempt}/"
                for name in ("first", "again"):
                    proxy.requests.clear()
                    start, start_cpu = time.perf_counter(), time.process_time()
                    publish(timeline, url, user=USER, password=PASSWORD)
                    times[name].append(time.perf_counter() - start)
                    cpu[name].append(time.process_time() - start_cpu)
                    counts[name] = len(proxy.requests)
                proxy.requests.clear()
                start = time.perf_counter()
                _upload(proxy, f"upload-{n}-{attempt}", text)
                times["upload"].append(time.perf_counter() - start)
                counts["upload"] = len(proxy.requests)
            upload = statistics.median(times["upload"])
            for name, label in (("first", "first time"), ("again", "unchanged")):
                seconds = statistics.median(times[name])
                rows.append(
                    [
                        f"{n:,}",
                        label,
                        f"{counts[name]:,} requests, {seconds:.2f} s "
                        f"({statistics.median(cpu[name]):.2f} s CPU in kztimeline)",
                        f"{counts['upload']} request, {upload:.2f} s",
                        f"{seconds / upload:.2f}×",
                    ]
                )
        proxy.close()
    return rows


def table(rows: list[list[str]]) -> str:
    head = ["N", "publish", "kztimeline publish", "Radicale's upload of the .ics", "ratio"]
    lines = ["| " + " | ".join(head) + " |", "|---:|---|---:|---:|---:|"]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000", help="event counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, metavar="K", help="runs per median")
    arguments = parser.parse_args(argv)
    sizes = [int(size) for size in arguments.sizes.split(",")]
    print(table(run(sizes, arguments.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
