"""Reading on a Dask cluster: each file of a run sent to a worker, results streamed back.

The run packs each file (parcels.py) and submits it; a worker reads it in its own ReaderPool,
the pool a local run reads in (workers.py), so per-file time and memory limits hold on the
worker. Dask reruns the files of a worker that dies on another; a file that killed
`distributed.scheduler.allowed-failures` + 1 workers comes back as KilledWorker and is
reported unreadable. Losing the scheduler raises ClusterError, and the run is undone.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import threading
from asyncio import CancelledError
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import replace
from pathlib import Path, PurePosixPath

import dask
from distributed import Client, Future, Worker, as_completed, get_worker
from distributed.scheduler import KilledWorker

from ..errors import ClusterError
from ..records import SourceFile
from .parcels import Parcel, pack, restore, unpack
from .workers import FileResult, Limits, ReaderPool

WORKERS_SECONDS = 30.0
CLOSE_SECONDS = 5.0
MIN_IN_FLIGHT = 4
BYTES_IN_FLIGHT = 256 * 2**20
"""Files in flight: twice the cluster's threads, within this many bytes (at least one file)."""
LARGE_TASK = "1GiB"
"""A task carrying a file up to the largest PDF read (512 MB) is expected, not a warning."""
OCR_CACHE = "minutebook-ocr-cache"
# Reader processes are spawned, not forked: a Dask worker runs threads, and a child forked
# while another thread holds a lock may wait on it forever.
START = "spawn"

_pools: dict[int, ReaderPool] = {}
_pools_lock = threading.Lock()


def read_on_cluster(files: Iterable[SourceFile], address: str, limits: Limits, *,
                    shared_storage: bool = False) -> Iterator[FileResult]:
    """Read files on the Dask cluster at address, yielding results as they finish.

    Files go as bytes, or as paths with shared_storage (the workers see the same archive).
    """
    client = connect(address)
    try:
        yield from _stream(client, deque(files), address, limits, shared_storage)
    finally:
        with suppress(Exception):
            client.close(timeout=CLOSE_SECONDS)


def connect(address: str) -> Client:
    """Return a client of the scheduler at address once a worker fit to read files is there."""
    # How long to try is Dask's distributed.comm.timeouts.connect (30 s unless configured).
    try:
        client = Client(address, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach a Dask scheduler at {address} ({error}): start one "
                           "with `dask scheduler`, or check the address") from None
    try:
        _check_workers(client, address)
    except BaseException:
        client.close(timeout=CLOSE_SECONDS)
        raise
    return client


def _check_workers(client: Client, address: str) -> None:
    """Raise ClusterError unless a worker has joined and every worker can read files."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_SECONDS)
    except TimeoutError:
        raise ClusterError(f"no worker joined the cluster at {address} within "
                           f"{WORKERS_SECONDS:.0f} s: start one on each machine with "
                           f"`dask worker {address}`") from None
    try:
        problems = client.run(worker_problem)
    except Exception as error:
        raise ClusterError(f"a worker of the cluster at {address} cannot run Minutebook's "
                           f"reader ({type(error).__name__}: {error}): install minutebook, "
                           "the same version, on every worker") from None
    for worker, problem in sorted(problems.items()):
        if problem:
            raise ClusterError(f"the cluster's worker {worker} {problem}")


def worker_problem() -> str:
    """Return why this Dask worker cannot read files in limited processes, or ''."""
    if multiprocessing.current_process().daemon:
        return ("runs as a daemon process, which may not start the processes that read "
                "files within time and memory limits: start the workers with "
                "DASK_DISTRIBUTED__WORKER__DAEMON=False")
    return ""


def _stream(client: Client, queue: deque[SourceFile], address: str, limits: Limits,
            shared_storage: bool) -> Iterator[FileResult]:
    """Keep a window of files on the cluster and yield each result as it comes back."""
    window = max(MIN_IN_FLIGHT, 2 * sum(client.nthreads().values()))
    running: dict[Future, Parcel] = {}
    finished = as_completed(loop=client.loop)
    while queue or running:
        batch: list[Parcel] = []
        while queue and len(running) + len(batch) < window and _room(running, batch):
            parcel = pack(queue.popleft(), shared_storage)
            if isinstance(parcel, FileResult):
                yield parcel
            else:
                batch.append(parcel)
        for parcel, future in zip(batch, _submit(client, batch, limits, address), strict=True):
            running[future] = parcel
            finished.add(future)
        if running:
            future = next(finished)
            yield _outcome(future, running.pop(future), client, address)


def _room(running: dict[Future, Parcel], batch: list[Parcel]) -> bool:
    """Return True if another file may go: none is in flight, or few bytes are."""
    parcels = [*running.values(), *batch]
    return not parcels or sum(p.nbytes for p in parcels) < BYTES_IN_FLIGHT


def _submit(client: Client, parcels: list[Parcel], limits: Limits, address: str
            ) -> list[Future]:
    """Send a task for each parcel, its bytes inside it.

    Not scattered: data scattered to a worker dies with it, while a task's own arguments stay
    with the scheduler, which can then rerun it on another worker.
    """
    try:
        with dask.config.set({"distributed.admin.large-graph-warning-threshold": LARGE_TASK}):
            return [client.submit(read_parcel, p, limits, pure=False) for p in parcels]
    except (OSError, TimeoutError, CancelledError) as error:
        raise _lost(address, error) from None


def _outcome(future: Future, parcel: Parcel, client: Client, address: str) -> FileResult:
    """Return a finished task's result; a file that killed its workers is a failure."""
    try:
        return future.result()
    except KilledWorker as error:
        tries = error.allowed_failures + 1
        return FileResult(parcel.file, error="KilledWorker", reason=(
            f"it stopped every cluster worker that read it ({tries} workers died in turn): "
            "not tried again"))
    except CancelledError as error:
        raise _lost(address, error) from None
    except Exception as error:
        if client.status != "running":
            raise _lost(address, error) from None
        return FileResult(parcel.file, reason=f"failed on a cluster worker: {error}",
                          error=type(error).__name__)


def _lost(address: str, error: BaseException) -> ClusterError:
    """Return the error of a run that lost its scheduler."""
    return ClusterError(f"lost the Dask scheduler at {address} during the run "
                        f"({type(error).__name__}: {error}); the run was stopped and the "
                        "index is as it was before it")


def read_parcel(parcel: Parcel, limits: Limits) -> FileResult:
    """Read one parcel on a cluster worker, in the worker's pool of limited reader processes."""
    if problem := worker_problem():
        raise RuntimeError(f"this worker {problem}")
    worker = get_worker()
    pool = _pool(worker, limits.memory_mb)
    limits = _ocr_cache(limits, worker)
    if parcel.data is None:
        path = Path(parcel.root, *PurePosixPath(parcel.file.rel).parts)
        return restore(pool.read(replace(parcel.file, path=path), limits), parcel, {})
    with tempfile.TemporaryDirectory(prefix="minutebook-", dir=worker.local_directory) as scratch:
        file, names = unpack(parcel, Path(scratch))
        return restore(pool.read(file, limits), parcel, names)


def _pool(worker: Worker, memory_mb: int) -> ReaderPool:
    """Return this worker's reader pool of processes capped at memory_mb, started on first use;
    it lives as long as the worker (its processes end with it). Its logs are kept in the
    worker's own scratch folder, which Dask clears even after a worker is killed."""
    with _pools_lock:
        if memory_mb not in _pools:
            _pools[memory_mb] = ReaderPool(worker.state.nthreads, memory_mb, start=START,
                                           scratch=worker.local_directory)
        return _pools[memory_mb]


def _ocr_cache(limits: Limits, worker: Worker) -> Limits:
    """Cache OCR in the run's folder where this worker sees it, else in the worker's scratch."""
    cache = limits.ocr.cache
    if cache is not None and cache.parent.is_dir():
        return limits
    local = Path(worker.local_directory, OCR_CACHE)
    return replace(limits, ocr=replace(limits.ocr, cache=local))
