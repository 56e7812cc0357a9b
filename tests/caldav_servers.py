"""CalDAV servers on 127.0.0.1 for the publishing tests and benchmark: Radicale (with a
password) and PyPI's xandikos, each in its own process, and a proxy in front of either that
counts the requests by method and can make the server fail as a real one does (a status on
the Nth request of a method, or an answer too late).
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

USER, PASSWORD = "anna", "correct horse"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int, server: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(400):
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        if server.poll() is not None:
            raise RuntimeError(f"the server did not start: {log.read_text(encoding='utf-8')}")
        time.sleep(0.05)
    raise RuntimeError("the server did not open its port")


@contextlib.contextmanager
def _running(command: list[str], port: int, folder: Path) -> Iterator[str]:
    log = folder / "log"
    with log.open("wb") as stream:
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stream)
    try:
        _wait_for(port, server, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextlib.contextmanager
def radicale(folder: Path) -> Iterator[str]:
    """Radicale with one user, ``anna``, whose calendars are under ``/anna/``; its base URL."""
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "radicale",
        "--server-hosts",
        f"127.0.0.1:{port}",
        "--storage-filesystem-folder",
        str(folder / "data"),
        "--auth-type",
        "htpasswd",
        "--auth-htpasswd-filename",
        str(users),
        "--auth-htpasswd-encryption",
        "plain",
        # Radicale waits between failed logins to slow guessing; the tests fail one on purpose.
        "--auth-delay",
        "0",
    ]
    with _running(command, port, folder) as base:
        yield base


@contextlib.contextmanager
def xandikos(folder: Path) -> Iterator[str]:
    """PyPI's xandikos (no password), calendars under ``/user/calendars/``; its base URL."""
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "xandikos"),
        "serve",
        "--no-detect-systemd",
        # An index that ignores the EXDATE of an all-day rule (xandikos 0.4.10) is never used.
        "--index-threshold",
        "1000000",
        "-d",
        str(folder / "data"),
        "--defaults",
        "-l",
        "127.0.0.1",
        "-p",
        str(port),
    ]
    with _running(command, port, folder) as base:
        yield base


class _QuietServer(ThreadingHTTPServer):
    """A server that says nothing when a client hangs up on it: kztimeline stops at a
    server's first failure and closes its connection, and the traceback the standard
    server would print lands in the stderr a test reads."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # (a connection reset or a broken pipe: the client is gone)
        super().handle_error(request, client_address)


class CountingProxy:
    """Forwards every request to ``backend`` and keeps (method, path) of each; ``fail`` maps
    a method to (how many pass first, the status then answered instead), ``delay`` holds
    every answer back that many seconds."""

    def __init__(self, backend: str) -> None:
        self.backend = backend.removeprefix("http://")
        self.requests: list[tuple[str, str]] = []
        self.fail: dict[str, tuple[int, int]] = {}
        self.delay = 0.0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def __getattr__(self, name: str) -> Any:
                if name.startswith("do_"):
                    return self.forward
                raise AttributeError(name)

            def forward(self) -> None:
                proxy.answer(self)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the test reads proxy.requests instead

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def count(self, method: str) -> int:
        return sum(1 for seen, _ in self.requests if seen == method)

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        method = handler.command
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        self.requests.append((method, handler.path))
        if self.delay:
            time.sleep(self.delay)
        passing, status = self.fail.get(method, (-1, 0))
        if passing >= 0 and self.count(method) > passing:
            self._send(handler, status, [], b"")
            return
        connection = http.client.HTTPConnection(self.backend, timeout=30)
        headers = {key: value for key, value in handler.headers.items() if key != "Host"}
        connection.request(method, handler.path, body, headers)
        response = connection.getresponse()
        data = response.read()
        skip = {"transfer-encoding", "connection", "content-length"}
        kept = [(key, value) for key, value in response.getheaders() if key.lower() not in skip]
        connection.close()
        self._send(handler, response.status, kept, data)

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler, status: int, headers: list[tuple[str, str]], data: bytes
    ) -> None:
        handler.send_response(status)
        for key, value in headers:
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
