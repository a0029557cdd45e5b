"""A real webhook receiver on loopback, for tests: records every request and answers as told.

Only the network edge is faked here (the other system); our side runs for real over HTTP.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HANG = "hang"  # answer only after `hang_seconds` (longer than the client's timeout)
DROP = "drop"  # close the connection without answering


@dataclass(frozen=True)
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def delivery_id(self) -> str:
        return self.headers.get("x-careloop-delivery", "")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Receiver:
    """Answers with the scripted behaviours in order, then with `default` (200)."""

    def __init__(self, *, hang_seconds: float = 1.0, delay_seconds: float = 0.0) -> None:
        self.requests: list[ReceivedRequest] = []
        self.default: int | str = 200
        self.hang_seconds = hang_seconds
        self.delay_seconds = delay_seconds
        self._script: list[int | str] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        # A short poll interval so that stopping the server (every test) takes milliseconds.
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
                                        daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/careloop/messages"

    def start(self) -> Receiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def script(self, *behaviours: int | str) -> None:
        with self._lock:
            self._script = list(behaviours)

    def per_delivery(self) -> Counter[str]:
        with self._lock:
            return Counter(r.delivery_id for r in self.requests)

    def _next_behaviour(self) -> int | str:
        with self._lock:
            return self._script.pop(0) if self._script else self.default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                with receiver._lock:
                    receiver.requests.append(ReceivedRequest(
                        path=self.path, headers={k.lower(): v for k, v in self.headers.items()}, body=body))
                behaviour = receiver._next_behaviour()
                if receiver.delay_seconds:
                    time.sleep(receiver.delay_seconds)
                if behaviour == DROP:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if behaviour == HANG:
                    time.sleep(receiver.hang_seconds)
                    behaviour = 200
                status = int(behaviour)
                payload = b"ok" if status < 300 else f"status {status}".encode()
                try:
                    self.send_response(status)
                    if status == 429:
                        self.send_header("Retry-After", "120")
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test): nothing to answer

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - keep test output quiet
                return

        return Handler
