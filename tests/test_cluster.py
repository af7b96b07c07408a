"""Reading on a Dask cluster: a LocalCluster of worker processes on loopback, faults and all."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dask
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster, WorkerPlugin

from indexer.build import workers as work
from indexer.build.pipeline import ClusterOptions, IndexOptions, run_index
from indexer.build.store import IndexStore
from indexer.errors import ClusterError
from webui.cli import main

from .conftest import CORPUS, shared_path
from .test_reindex import minutes

pytestmark = pytest.mark.slow
ALLOWED_FAILURES = 1
# Workers must not be daemons to start their reader processes; each takes one task at a
# time, so only the file a dying worker was reading is held against it.
CLUSTER_CONFIG = {"distributed.worker.daemon": False,
                  "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
                  "distributed.scheduler.worker-saturation": 1.0}


@contextmanager
def local_cluster() -> Iterator[LocalCluster]:
    """Run a cluster of two single-threaded worker processes on loopback.

    The configuration holds while it runs: a nanny reads it again to restart a killed worker.
    """
    with dask.config.set(CLUSTER_CONFIG), LocalCluster(
            processes=True, n_workers=2, threads_per_worker=1, host="127.0.0.1",
            dashboard_address=":0") as cluster:
        yield cluster


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """Return a cluster shared by the tests that leave its scheduler running."""
    with local_cluster() as running:
        yield running


@pytest.fixture()
def client(cluster: LocalCluster) -> Iterator[Client]:
    """Return a client of the shared cluster, for the test to act on its workers."""
    with Client(cluster, set_as_default=False) as connected:
        yield connected


def cli(*args: str) -> str:
    """Run minutebook with args; return what it printed."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def export(index_dir: Path) -> list[str]:
    """Return `minutebook export` of an index, line by line."""
    return cli("export", "--index", str(index_dir)).splitlines()


class Sabotage(WorkerPlugin):
    """Put a misbehaving reader in every worker, restarted ones included."""

    name = "sabotage"

    def __init__(self, **how: object) -> None:
        self.how = how

    def setup(self, worker) -> None:
        work.read_file = functools.partial(_sabotaged_read, **self.how)

    def teardown(self, worker) -> None:
        work.read_file = _REAL_READ


def _sabotaged_read(file, *args, slow: float = 0.0, poison: str = ""):
    """Read file after slow seconds; a file named poison kills the Dask worker reading it
    (runs in a worker's reader process, whose parent is the Dask worker)."""
    if file.path.name == poison:
        os.kill(os.getppid(), signal.SIGKILL)
    time.sleep(slow)
    return _REAL_READ(file, *args)


_REAL_READ = work.read_file


@pytest.fixture()
def sabotage(client: Client) -> Iterator[Callable[..., None]]:
    """Return a function that sabotages the workers' reader; undone after the test."""
    yield lambda **how: client.register_plugin(Sabotage(**how))
    client.unregister_worker_plugin(Sabotage.name)


def archive(folder: Path, count: int) -> Path:
    """Write count small minutes into folder and return it."""
    folder.mkdir()
    for number in range(count):
        (folder / f"m{number:02d}.txt").write_text(minutes("Cabinet", 1 + number, f"T{number}"))
    return folder


@pytest.fixture(scope="module")
def local_export(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Return the export of corpus/ indexed by a local run of the command."""
    index_dir = tmp_path_factory.mktemp("local") / "ix"
    cli("index", str(CORPUS), "--index", str(index_dir), "-q")
    return export(index_dir)


@pytest.mark.parametrize("shared_storage", [False, True])
def test_cluster_run_exports_what_a_local_run_does(cluster: LocalCluster, tmp_path: Path,
                                                   local_export: list[str],
                                                   shared_storage: bool) -> None:
    cli("index", str(CORPUS), "--index", str(tmp_path / "ix"), "-q",
        "--cluster", cluster.scheduler_address, *(["--shared-storage"] if shared_storage else []))
    assert len(local_export) > 50
    assert export(tmp_path / "ix") == local_export


@pytest.mark.shared
def test_shared_archives_read_alike_on_the_cluster(cluster: LocalCluster, tmp_path: Path
                                                   ) -> None:
    root = shared_path("archives")
    files = sorted(p for p in root.rglob("*") if p.suffix in (".pdf", ".html")
                   and p.stat().st_size < 2**20)
    sample = tmp_path / "sample"
    for path in files[::30]:
        target = sample / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    reports = {}
    for name, cluster_options in (("local", None),
                                  ("cluster", ClusterOptions(cluster.scheduler_address))):
        reports[name] = run_index(IndexOptions(roots=(sample,), index_dir=tmp_path / name,
                                               workers=2, cluster=cluster_options))
    assert reports["local"].indexed >= 4
    assert export(tmp_path / "cluster") == export(tmp_path / "local")
    assert sorted(reports["cluster"].failed) == sorted(reports["local"].failed)
    assert sorted(reports["cluster"].doubtful) == sorted(reports["local"].doubtful)


def test_a_killed_worker_s_files_are_read_by_another(cluster: LocalCluster, client: Client,
                                                     sabotage, tmp_path: Path) -> None:
    sabotage(slow=0.2)
    folder = archive(tmp_path / "archive", 8)
    pids = client.run(os.getpid)
    killed = []

    def kill_one(result) -> None:
        if not killed:
            killed.append(next(iter(pids.values())))
            os.kill(killed[0], signal.SIGKILL)

    report = run_index(IndexOptions(roots=(folder,), index_dir=tmp_path / "ix", workers=1,
                                    cluster=ClusterOptions(cluster.scheduler_address)),
                       on_file=kill_one)
    assert killed and killed[0] not in client.run(os.getpid).values()
    assert (report.indexed, report.failed) == (8, []), report.failed[:2]
    assert len(export(tmp_path / "ix")) == 8 * 3


def test_a_file_that_kills_workers_is_unreadable_after_n_tries(
        cluster: LocalCluster, sabotage, tmp_path: Path) -> None:
    sabotage(poison="m03.txt")
    folder = archive(tmp_path / "archive", 4)
    report = run_index(IndexOptions(roots=(folder,), index_dir=tmp_path / "ix", workers=1,
                                    cluster=ClusterOptions(cluster.scheduler_address)))
    tries = ALLOWED_FAILURES + 1
    assert [(f.source, f.reason, f.error) for f in report.failed] == [(
        "m03.txt", f"it stopped every cluster worker that read it ({tries} workers died in "
        "turn): not tried again", "KilledWorker")]
    assert report.indexed == 3


@contextmanager
def dask_processes() -> Iterator[tuple[str, subprocess.Popen]]:
    """Run `dask scheduler` and one `dask worker` as the README does; yield the scheduler's
    address and process."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    run = [sys.executable, "-m"]
    environment = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    scheduler = subprocess.Popen([*run, "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                  "--port", str(port), "--no-dashboard"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([*run, "distributed.cli.dask_worker", address, "--nthreads", "1",
                               "--no-dashboard"], env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield address, scheduler
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            process.wait(timeout=30)


@pytest.mark.parametrize("full", [False, True])
def test_losing_the_scheduler_fails_cleanly_and_keeps_the_index(tmp_path: Path, full: bool
                                                                ) -> None:
    folder = archive(tmp_path / "archive", 2)
    ix = tmp_path / "ix"
    run_index(IndexOptions(roots=(folder,), index_dir=ix, workers=1))
    before, live = export(ix), IndexStore(ix).current
    for number in range(2, 14):
        (folder / f"m{number:02d}.txt").write_text(minutes("Cabinet", number, f"New {number}"))
    with dask_processes() as (address, scheduler):
        options = IndexOptions(roots=(folder,), index_dir=ix, workers=1, full=full,
                               cluster=ClusterOptions(address))
        with pytest.raises(ClusterError, match=rf"lost the Dask scheduler at {address} "):
            run_index(options, on_file=lambda result: scheduler.kill())
    assert export(ix) == before
    assert IndexStore(ix).current == live
    assert sorted(p.name for p in ix.iterdir() if p.name.startswith("gen-")) == [live.name]
    report = run_index(IndexOptions(roots=(folder,), index_dir=ix, workers=1))
    assert report.indexed == 12


def test_no_scheduler_at_the_address_is_one_line(tmp_path: Path) -> None:
    folder = archive(tmp_path / "archive", 1)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(main, ["index", str(folder), "--index", str(tmp_path / "ix"),
                                           "--cluster", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith(
        "minutebook: cannot reach a Dask scheduler at tcp://127.0.0.1:9 (")
    assert IndexStore(tmp_path / "ix").current is None


def test_a_killed_worker_leaves_no_reader_logs_behind(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # Each worker's reader pool keeps its processes' logs in a folder; a killed worker cannot
    # remove it, so it must be inside the worker's own scratch folder, which Dask clears.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    folder = archive(tmp_path / "archive", 3)
    with local_cluster() as running, Client(running, set_as_default=False) as connected:
        connected.register_plugin(Sabotage(poison="m01.txt"))
        report = run_index(IndexOptions(roots=(folder,), index_dir=tmp_path / "ix", workers=1,
                                        cluster=ClusterOptions(running.scheduler_address)))
    assert (report.indexed, [f.source for f in report.failed]) == (2, ["m01.txt"])
    assert sorted(p.name for p in scratch.rglob("minutebook-workers-*")) == []
