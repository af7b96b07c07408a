"""Time `minutebook serve` from its start to its first answered search, and where the time goes.

Run from the project root:

    python -m bench.startup [--index bench/out/index-100000] [--repeat 5] [--baseline REV]

Each start runs the real server process on a free loopback port and sends the search page's
request (`/?q=…`, facets and snippets) every 20 ms until one is answered with HTTP 200; it
reports the seconds to listening and to that first answer, medians of --repeat starts. Two
cases: "restart", the index as it is (its facet arrays saved beside it by an earlier start),
and "first start after a build", a hard-linked copy of the live generation without the saved
facet arrays, as a build leaves it. With --baseline, the same starts of the code of a git
revision (bench.build's export) take turns with this checkout's. Then, in a fresh
interpreter, the parts of this checkout's start timed one by one: importing the app, opening
the Engine, and the first search.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.build import MINUTEBOOK_MODULE, export_baseline
from bench.http_bench import free_port
from bench.run import ROOT, log
from bench.stats import table

QUERY = "planning application"
POLL_SECONDS = 0.02
GIVE_UP_SECONDS = 60.0
TARGET_SECONDS = 1.0


def first_answer(index_dir: Path, log_file: Path, code: Path) -> tuple[float, float]:
    """Start the server of the code in folder code; return the seconds to listening and to
    its first answered search."""
    port = free_port()
    path = "/?" + urlencode({"q": QUERY})
    env = {**os.environ, "PYTHONPATH": str(code)}
    start = time.perf_counter()
    with log_file.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", MINUTEBOOK_MODULE, "serve", "--index", str(index_dir),
             "--host", "127.0.0.1", "--port", str(port)], stdout=out,
            stderr=subprocess.STDOUT, env=env, cwd=code)
    listening = None
    try:
        while time.perf_counter() - start < GIVE_UP_SECONDS:
            if process.poll() is not None:
                raise SystemExit(f"minutebook serve exited with {process.returncode}: "
                                 f"see {log_file}")
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=GIVE_UP_SECONDS)
            try:
                conn.connect()
                listening = listening or time.perf_counter() - start
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status == 200:
                    return listening, time.perf_counter() - start
            except OSError:
                pass
            finally:
                conn.close()
            time.sleep(POLL_SECONDS)
        raise SystemExit("no search was answered in time")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def fresh_copy(index_dir: Path, work: Path) -> Path:
    """Return a hard-linked copy of the index's live generation, without saved facet arrays."""
    live = (index_dir / "current").resolve()
    copy = work / "index"
    shutil.rmtree(work, ignore_errors=True)
    generation = copy / live.name
    shutil.copytree(live, generation, copy_function=os.link,
                    ignore=shutil.ignore_patterns("facets-*", "*-shm", "*-wal"))
    (copy / "current").symlink_to(live.name)
    return copy


def parts(index_dir: Path) -> list[list]:
    """Time the start's parts in a fresh interpreter: imports, Engine, first search."""
    script = f"""
import time
t0 = time.perf_counter()
from pathlib import Path
from webui.app import create_app
t1 = time.perf_counter()
app = create_app(Path({str(index_dir)!r}))
t2 = time.perf_counter()
client = app.test_client()
status = client.get({"/?" + urlencode({"q": QUERY})!r}).status_code
t3 = time.perf_counter()
status2 = client.get({"/?" + urlencode({"q": "budget"})!r}).status_code
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, status, status2)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    imports, engine, first, second, *_ = done.stdout.split()
    return [["import the app (flask, whoosh, numpy, search, webui)", float(imports)],
            ["create_app: open the Engine", float(engine)],
            ["first search page", float(first)],
            ["second search page", float(second)]]


def main() -> None:
    """Parse the command line, start the server repeatedly and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=ROOT / "bench" / "out" / "index-100000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--baseline", help="a git revision to compare with (default: none)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    args.index = args.index.resolve()
    work = args.out / "startup"
    log_file = args.out / "startup-serve.log"
    codes = {"this checkout": ROOT}
    if args.baseline:
        codes = {f"baseline {args.baseline}": export_baseline(args.baseline, args.out), **codes}
    rows = []
    cases = {"restart": lambda: args.index,
             "first start after a build": lambda: fresh_copy(args.index, work)}
    split = {}
    for name, prepare in cases.items():
        times: dict[str, list[tuple[float, float]]] = {code: [] for code in codes}
        for n in range(args.repeat):
            for code, folder in codes.items():
                times[code].append(first_answer(prepare(), log_file, folder))
                log(f"{name}, {code} {n + 1}/{args.repeat}: listening "
                    f"{times[code][-1][0]:.2f} s, first search {times[code][-1][1]:.2f} s")
        split[name] = parts(prepare())
        for code, timed_starts in times.items():
            answered = statistics.median(t[1] for t in timed_starts)
            rows.append([f"{name}, {code}", args.repeat,
                         statistics.median(t[0] for t in timed_starts), answered,
                         max(t[1] for t in timed_starts),
                         "PASS" if answered <= TARGET_SECONDS else "FAIL"])
    shutil.rmtree(work, ignore_errors=True)
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(table(f"minutebook serve, {args.index} (load average {load})",
                ["case", "starts", "listening s", "first search s (median)", "max s",
                 f"<= {TARGET_SECONDS:g} s"], rows))
    for name, timed_parts in split.items():
        print(table(f"\nWhere a start's time goes ({name}, in one process)",
                    ["part", "seconds"], timed_parts))


if __name__ == "__main__":
    main()
