"""`minutebook serve`'s waitress settings hold up against a storm of idle connections."""

from __future__ import annotations

import http.client
import socket
import time
from pathlib import Path

import pytest

from webui.app import create_app
from webui.settings import serve_options

from .serving import served

IDLE_CONNECTIONS = 200


@pytest.mark.slow
def test_the_ui_answers_during_a_slowloris_storm(corpus_index: Path) -> None:
    idle: list[socket.socket] = []
    with served(create_app(corpus_index), **serve_options()) as url:
        port = int(url.rsplit(":", 1)[1])
        try:
            for _ in range(IDLE_CONNECTIONS):
                sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                sock.sendall(b"GET /?q=gangs HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
                idle.append(sock)
            time.sleep(0.5)
            started = time.perf_counter()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/?q=gangs")
            response = conn.getresponse()
            assert response.status == 200 and b"Gangs" in response.read()
            conn.close()
            assert time.perf_counter() - started < 3.0
        finally:
            for sock in idle:
                sock.close()
