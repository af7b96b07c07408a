"""Load-test `minutebook serve` on loopback: requests/s, latency and the server's memory.

Run from the project root (python -m bench.run calls this):

    python -m bench.http_bench --index IX [--seconds 15] [--clients 1,8,16]

Starts `minutebook serve` on a free 127.0.0.1 port, then for each number of clients and each of
the search page `/` and `/api/search`, runs that many threads for a bounded time, each sending
the mix's queries over one keep-alive connection, one request at a time. A sampler reads the
server's VmRSS from /proc every 0.1 s; VmHWM gives the peak the kernel saw.
"""

from __future__ import annotations

import argparse
import http.client
import socket
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.queries import BenchQuery, query_mix
from bench.stats import Summary, table

MINUTEBOOK = Path(sys.executable).with_name("minutebook")
ENDPOINTS = ("/", "/api/search")
CLIENTS = (1, 8, 16)
MAX_REQUESTS = 200_000
READY_SECONDS = 120.0
SAMPLE_EVERY = 0.1
TIMEOUT = 60.0
TARGET_P95_MS = 150.0
TARGET_RSS_MB = 400.0


@dataclass(frozen=True)
class LoadResult:
    """One load phase: endpoint, clients, what came back and how fast."""

    endpoint: str
    clients: int
    seconds: float
    requests: int
    errors: int
    latency: Summary
    peak_rss_mb: float
    first_error: str = ""

    @property
    def rps(self) -> float:
        """Return requests completed per second."""
        return self.requests / self.seconds if self.seconds else 0.0


def free_port() -> int:
    """Return a loopback port nobody is listening on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def memory(pid: int) -> dict[str, float]:
    """Return VmRSS and VmHWM of a process, in MB (empty once it has gone)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    found = {}
    for line in lines:
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


class RssSampler(threading.Thread):
    """Samples a process's VmRSS until stopped, keeping the peak since the last reset."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0.0
        self.overall = 0.0
        self._halt = threading.Event()

    def run(self) -> None:
        """Sample until stopped."""
        while not self._halt.wait(SAMPLE_EVERY):
            rss = memory(self.pid).get("VmRSS", 0.0)
            self.peak = max(self.peak, rss)
            self.overall = max(self.overall, rss)

    def reset(self) -> None:
        """Start a new peak."""
        self.peak = memory(self.pid).get("VmRSS", 0.0)

    def stop(self) -> None:
        """Stop sampling."""
        self._halt.set()
        self.join()


class Server:
    """`minutebook serve` as a subprocess on a free loopback port."""

    def __init__(self, index_dir: Path, log: Path) -> None:
        self.port = free_port()
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [str(MINUTEBOOK), "serve", "--index", str(index_dir), "--host", "127.0.0.1",
             "--port", str(self.port)], stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self) -> float:
        """Wait until the server answers; return the seconds since it was started."""
        start = time.perf_counter()
        while time.perf_counter() - start < READY_SECONDS:
            if self.process.poll() is not None:
                raise RuntimeError(f"minutebook serve exited with {self.process.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return time.perf_counter() - start
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("minutebook serve did not start listening in time")

    def stop(self) -> None:
        """Stop the server (terminate, then kill if it lingers)."""
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    """Send one GET on a keep-alive connection; return status and body."""
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()


def url(endpoint: str, query: BenchQuery) -> str:
    """Return the request path of a query on an endpoint."""
    return f"{endpoint}?{urlencode(query.params())}"


def drive(port: int, endpoint: str, queries: list[BenchQuery], clients: int,
          seconds: float, sampler: RssSampler) -> LoadResult:
    """Run clients threads against an endpoint for a bounded time."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    budget = MAX_REQUESTS // clients

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        mine: list[float] = []
        wrong: list[str] = []
        n = 0
        while time.perf_counter() < deadline and n < budget:
            path = url(endpoint, queries[(k * 37 + n) % len(queries)])
            n += 1
            start = time.perf_counter()
            try:
                status, body = get(conn, path)
            except (OSError, http.client.HTTPException) as error:
                wrong.append(f"{path}: {error!r}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
                continue
            mine.append((time.perf_counter() - start) * 1000)
            if status != 200:
                wrong.append(f"{path}: HTTP {status} {body[:200]!r}")
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(wrong)

    sampler.reset()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return LoadResult(endpoint, clients, elapsed, len(latencies), len(errors),
                      Summary.of(latencies), sampler.peak, errors[0] if errors else "")


def run(index_dir: Path, log_file: Path, seconds: float = 15.0,
        clients: tuple[int, ...] = CLIENTS, log=print) -> dict[str, Any]:
    """Start the server, measure first requests and every load phase, then stop it."""
    queries = query_mix()
    server = Server(index_dir, log_file)
    try:
        started = server.wait_ready()
        pid = server.process.pid
        idle = memory(pid).get("VmRSS", 0.0)
        first = {}
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=TIMEOUT)
        for endpoint in ENDPOINTS:
            begin = time.perf_counter()
            status, _ = get(conn, url(endpoint, queries[0]))
            first[endpoint] = {"ms": (time.perf_counter() - begin) * 1000, "status": status}
        conn.close()
        sampler = RssSampler(pid)
        sampler.start()
        phases = []
        for count in clients:
            for endpoint in ENDPOINTS:
                log(f"http: {endpoint} with {count} clients for {seconds:g} s")
                phases.append(drive(server.port, endpoint, queries, count, seconds, sampler))
        time.sleep(1.0)
        sampler.stop()
        after = memory(pid)
    finally:
        server.stop()
    return {"started_s": started, "idle_rss_mb": idle, "first": first, "phases": phases,
            "peak_sampled_mb": sampler.overall, "after_rss_mb": after.get("VmRSS", 0.0),
            "hwm_mb": after.get("VmHWM", 0.0), "seconds": seconds}


def render(result: dict[str, Any], rss_target_mb: float = TARGET_RSS_MB) -> str:
    """Return the HTTP table, memory lines and target checks (serve RSS below rss_target_mb)."""
    rows = [[p.endpoint, p.clients, p.requests, p.rps, p.latency.p50, p.latency.p95,
             p.latency.p99, p.errors, p.peak_rss_mb] for p in result["phases"]]
    out = [table(f"HTTP (minutebook serve, waitress 8 threads; {result['seconds']:g} s per row)",
                 ["endpoint", "clients", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms",
                  "errors", "peak RSS MB"], rows)]
    first = ", ".join(f"{e} {v['ms']:.0f} ms (HTTP {v['status']})"
                      for e, v in result["first"].items())
    out.append(f"server listening after {result['started_s']:.1f} s; first requests: {first}")
    out.append(f"serve RSS: {result['idle_rss_mb']:.0f} MB idle at start, "
               f"{result['peak_sampled_mb']:.0f} MB peak sampled, {result['hwm_mb']:.0f} MB "
               f"VmHWM, {result['after_rss_mb']:.0f} MB after the load")
    page8 = next((p for p in result["phases"] if p.endpoint == "/" and p.clients == 8), None)
    if page8:
        ok = page8.latency.p95 <= TARGET_P95_MS and page8.errors == 0
        out.append(f"target search page p95 <= 150 ms at 8 clients, 0 errors: "
                   f"{page8.latency.p95:.1f} ms, {page8.errors} errors -> "
                   f"{'PASS' if ok else 'FAIL'}")
    peak = max(result["hwm_mb"], result["peak_sampled_mb"])
    out.append(f"target serve RSS < {rss_target_mb:g} MB: {peak:.0f} MB -> "
               f"{'PASS' if peak < rss_target_mb else 'FAIL'}")
    for p in result["phases"]:
        if p.first_error:
            out.append(f"first error ({p.endpoint}, {p.clients} clients): {p.first_error}")
    return "\n".join(out)


def as_json(result: dict[str, Any]) -> dict[str, Any]:
    """Return the result as plain data."""
    phases = [{**asdict(p), "latency": p.latency.as_dict(), "rps": round(p.rps, 2)}
              for p in result["phases"]]
    return {**result, "phases": phases}


def main() -> None:
    """Parse the command line, run and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--seconds", type=float, default=15.0, help="per endpoint and clients")
    parser.add_argument("--clients", default="1,8,16", help="comma-separated client counts")
    parser.add_argument("--log", type=Path, default=Path("bench/out/serve.log"))
    args = parser.parse_args()
    args.log.parent.mkdir(parents=True, exist_ok=True)
    clients = tuple(int(c) for c in args.clients.split(","))
    result = run(args.index, args.log, args.seconds, clients,
                 log=lambda m: print(m, file=sys.stderr))
    print(render(result))


if __name__ == "__main__":
    main()
