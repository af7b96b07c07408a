"""A real waitress server in a thread for the HTTP and browser tests, stopped without a race."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from waitress import wasyncore
from waitress.server import create_server

POLL_SECONDS = 0.05


@contextmanager
def served(app: Any, **options: Any) -> Iterator[str]:
    """Serve `app` on a free local port and yield its base URL.

    waitress's own `run()` loops until its sockets close, so closing them from the test's
    thread races the loop's `select` (EBADF on a socket closed mid-poll). Here the loop
    polls in short turns until told to stop; the sockets close only after it has ended.
    """
    srv = create_server(app, host="127.0.0.1", port=0, **options)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            wasyncore.loop(timeout=POLL_SECONDS, map=srv._map, count=1)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.effective_port}"
    finally:
        stop.set()
        thread.join(timeout=10)
        srv.task_dispatcher.shutdown()
        wasyncore.close_all(srv._map)
