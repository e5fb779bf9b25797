"""dyad.dask: code an archive on a Dask cluster (docs/scale.md).

    from dask.distributed import Client, LocalCluster
    import dyad.dask
    client = Client(LocalCluster(n_workers=2, threads_per_worker=1))
    events = dyad.dask.code_files(paths, client=client).compute()   # a Dask bag
    dyad.dask.code_files(paths, client=client, db="postgresql:///events")  # the store

The work is cut into partitions: a JSON Lines file (.jsonl, .json, with
.gz, .bz2 or .xz) into runs of `stories_per_partition` lines, any other
input (text, CSV, XML, .zst, .zip) whole. Each worker process loads the
dictionaries once and keeps them, with its coder, for every partition it
codes (dask workers are processes: `threads_per_worker=1`, nanny on).

With `db=` a partition's events go straight into the event store: the
worker writes them to a file and runs `dyad ingest --one-transaction`, so a
partition is stored whole or not at all, and a story stored again replaces
its events (or is skipped when they are the same): a partition run twice,
after a worker died, neither loses nor duplicates events. The `dyad`
program is `dyad_program=`, else $DYAD_PROGRAM, else `dyad` beside the
library (a build tree), else `dyad` on PATH.
"""
import bz2
import ctypes
import gzip
import json
import lzma
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time

import dask
import dask.bag

import dyad
from dyad import _native

__all__ = ["code_files", "code_bag", "partitions", "worker_info"]

_lib = dyad._lib
_JSONL = (".jsonl", ".json", ".ndjson")
_OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}


# ------------------------------------------------------------------ per process

_state = {"pid": None, "dictionary_loads": 0, "partitions": 0, "stories": 0}
_local = threading.local()


def _counters():
    if _state["pid"] != os.getpid():  # a forked child starts afresh
        _state.update(pid=os.getpid(), dictionary_loads=0, partitions=0, stories=0)
    return _state


def worker_info():
    """This process's counters: pid, dictionary loads, partitions and stories
    coded, and its CPU time so far (seconds).

    `client.run(dyad.dask.worker_info)` asks every worker.
    """
    return dict(_counters(), cpu_seconds=time.process_time())


class _RawRun(dyad._Run):
    """A coder whose events are the JSON lines the library writes (bytes)."""

    def _on_sentence(self, ctx, rec, res):
        r = res.contents
        for i in range(r.n_events):
            self.buf.n = 0
            _lib.dyad_format_event_json(ctypes.byref(self.buf), rec, ctypes.byref(r.events[i]))
            self.events.append(ctypes.string_at(self.buf.p, self.buf.n).rstrip(b"\n"))
        return 0


def _run(dictionaries, options):
    """This thread's coder for these dictionaries and options, made once."""
    key = (os.path.realpath(dictionaries) if dictionaries else None,
           tuple(sorted(options.items())))
    runs = getattr(_local, "runs", None)
    if runs is None or getattr(_local, "pid", None) != os.getpid():
        runs = _local.runs = {}
        _local.pid = os.getpid()
    run = runs.get(key)
    if run is None:
        path = os.path.realpath(dictionaries if dictionaries is not None
                                else dyad.default_dictionaries())
        if path not in dyad._dicts:
            _counters()["dictionary_loads"] += 1
        run = runs[key] = _RawRun(dictionaries, dict(options))
    return run


def _code_reader(reader, run, date, force_date):
    lines, stories = [], 0
    try:
        for evs in run.records(reader, date, force_date):
            stories += 1
            lines.extend(evs)
    finally:
        _lib.dyad_reader_close(reader)
    c = _counters()
    c["partitions"] += 1
    c["stories"] += stories
    return lines


def _code_bytes(data, name, run, date, force_date, fmt="jsonl"):
    err = _native.Error()
    reader = _lib.dyad_reader_open_mem(data, len(data), name.encode(), _native.FORMATS[fmt],
                                       ctypes.byref(err))
    if not reader:
        raise dyad.DyadError(dyad._message(err))
    return _code_reader(reader, run, date, force_date)


def _code_path(path, run, date, force_date, fmt):
    err = _native.Error()
    reader = _lib.dyad_reader_open(os.fsencode(path), _native.FORMATS[fmt], ctypes.byref(err))
    if not reader:
        raise dyad.DyadError(dyad._message(err))
    return _code_reader(reader, run, date, force_date)


# ------------------------------------------------------------------ partitions

def _jsonl_opener(path):
    """How to read `path` line by line, when it is JSON Lines; else None."""
    base, ext = os.path.splitext(path)
    opener = open
    if ext in _OPENERS:
        opener = _OPENERS[ext]
        base, ext = os.path.splitext(base)
    return opener if ext.lower() in _JSONL else None


def _count_lines(path):
    with _jsonl_opener(path)(path, "rb") as f:
        first = f.readline()
        if b'"parse"' in first:  # sentence records: a story may span lines; keep it whole
            return None
        return (1 if first else 0) + sum(1 for _ in f)


def partitions(paths, stories_per_partition=500, client=None):
    """The partitions of `paths`: (path, first_line, n_lines), or (path, None, None)
    for a file coded whole. Lines are counted on the cluster when a client is given."""
    paths = [os.path.abspath(os.fspath(p)) for p in paths]
    jsonl = [p for p in paths if stories_per_partition and _jsonl_opener(p)]
    if client is not None and jsonl:
        counts = dict(zip(jsonl, client.gather(client.map(_count_lines, jsonl, pure=False))))
    else:
        counts = {p: _count_lines(p) for p in jsonl}
    parts = []
    for p in paths:
        n = counts.get(p)
        if n is None:
            parts.append((p, None, None))
            continue
        for first in range(0, n, stories_per_partition):
            parts.append((p, first, min(stories_per_partition, n - first)))
    return parts


def _read_lines(path, first, n):
    out = []
    with _jsonl_opener(path)(path, "rb") as f:
        for i, line in enumerate(f):
            if i >= first + n:
                break
            if i >= first:
                out.append(line if line.endswith(b"\n") else line + b"\n")
    return b"".join(out)


# ------------------------------------------------------------------ the store

def _die_with_parent():
    """In the child: SIGKILL when the worker that started it dies (Linux prctl),
    so a killed worker's `dyad ingest` rolls its transaction back."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _program(dyad_program):
    if dyad_program:
        return dyad_program
    env = os.environ.get("DYAD_PROGRAM")
    if env:
        return env
    lib = _native.loaded_path(dyad.library_path)
    if lib:
        beside = os.path.join(os.path.dirname(lib), "dyad")
        if os.access(beside, os.X_OK):
            return beside
    found = shutil.which("dyad")
    if not found:
        raise dyad.DyadError("dyad: the dyad program is needed for db= (set dyad_program= or "
                             "$DYAD_PROGRAM)")
    return found


def _ingest(lines, db, program, label):
    """Store the event lines with one `dyad ingest --one-transaction`; its counts."""
    fd, tmp = tempfile.mkstemp(prefix="dyad-part-", suffix=".jsonl")
    try:
        with os.fdopen(fd, "wb") as f:
            for line in lines:
                f.write(line)
                f.write(b"\n")
        r = subprocess.run([program, "ingest", "--one-transaction", "--stats", tmp, "--db", db],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           preexec_fn=_die_with_parent)
    finally:
        os.unlink(tmp)
    msg = r.stderr.decode("utf-8", "replace")
    if r.returncode != 0:
        raise dyad.DyadError("dyad ingest (%s) exited with %d: %s" % (label, r.returncode,
                                                                      msg.strip()[-2000:]))
    stored = [l for l in msg.splitlines() if l.startswith("stored ")]
    return stored[-1] if stored else msg.strip()


def _summary(line, label, n_events):
    # "stored N stories (M events), K unchanged and skipped"
    words = line.replace("(", " ").split()
    try:
        stored, skipped = int(words[1]), int(words[5])
    except (IndexError, ValueError):
        stored = skipped = None
    return {"partition": label, "events": n_events, "stories_stored": stored,
            "stories_unchanged": skipped, "pid": os.getpid()}


# ------------------------------------------------------------------ tasks

def _code_part(part, dictionaries, date, force_date, input_format, options, db, program):
    path, first, n = part
    run = _run(dictionaries, options)
    d, fd = dyad._date(date), dyad._date(force_date, "force_date")
    if first is None:
        lines = _code_path(path, run, d, fd, input_format)
        label = path
    else:
        label = "%s:%d-%d" % (path, first + 1, first + n)
        lines = _code_bytes(_read_lines(path, first, n), label, run, d, fd)
    if db:
        return [_summary(_ingest(lines, db, program, label), label, len(lines))]
    return [json.loads(l) for l in lines]


def _code_stories(stories, dictionaries, date, force_date, options, db, program, label):
    """One partition of a bag of stories (dicts with id, date, title, text; or str)."""
    buf = []
    for i, s in enumerate(stories):
        if isinstance(s, (bytes, str)):
            s = {"id": "%s-%d" % (label, i), "text": s.decode() if isinstance(s, bytes) else s}
        buf.append(json.dumps(s, ensure_ascii=False).encode("utf-8") + b"\n")
    run = _run(dictionaries, options)
    d, fd = dyad._date(date), dyad._date(force_date, "force_date")
    lines = _code_bytes(b"".join(buf), label, run, d, fd) if buf else []
    if db:
        return [_summary(_ingest(lines, db, program, label), label, len(lines))]
    return [json.loads(l) for l in lines]


def _client(client, scheduler):
    if client is None and scheduler is not None:
        from distributed import Client
        client = Client(scheduler)
    return client


def code_bag(bag, dictionaries=None, date=None, force_date=None, db=None, dyad_program=None,
             **options):
    """Code a Dask bag of stories (dicts with "id", "date", "title", "text", as
    JSON Lines stories; or plain strings) into a bag of events (dicts, as
    dyad.code_file gives). With `db=`, a bag of one summary per partition
    instead, each partition stored in one transaction (see the module's
    doc). Lazy: compute it with the client you use."""
    dyad._options(**options)  # unknown options fail here, not on a worker
    program = _program(dyad_program) if db else None
    parts = bag.to_delayed()
    out = [dask.delayed(_code_stories)(p, dictionaries, date, force_date, options, db, program,
                                       "bag-part-%d" % i)
           for i, p in enumerate(parts)]
    return dask.bag.from_delayed(out)


def code_files(paths, client=None, db=None, scheduler=None, dictionaries=None, date=None,
               force_date=None, input_format="auto", stories_per_partition=500,
               dataframe=False, retries=2, dyad_program=None, **options):
    """Code files on a Dask cluster (a LocalCluster's client, or
    scheduler="tcp://host:8786").

    Without `db`: a Dask bag of the events (dicts; `dataframe=True`: a Dask
    DataFrame whose codes stay strings), lazy: `.compute()` it.
    With `db` (an SQLite path or postgresql:// URL): runs now, every partition
    into the store in one transaction, and returns the partitions' summaries
    (events, stories stored, stories unchanged).
    """
    if input_format not in _native.FORMATS:
        raise ValueError("dyad: input_format is one of %s" % ", ".join(_native.FORMATS))
    dyad._options(**options)
    dyad._date(date)
    dyad._date(force_date, "force_date")
    client = _client(client, scheduler)
    program = _program(dyad_program) if db else None
    parts = partitions(paths, stories_per_partition, client)
    bag = dask.bag.from_sequence(parts, npartitions=max(1, len(parts)))
    bag = bag.map_partitions(lambda ps: [x for p in ps for x in
                                         _code_part(p, dictionaries, date, force_date,
                                                    input_format, options, db, program)])
    if db:
        if client is not None:
            return client.compute(bag, retries=retries).result()
        return bag.compute()
    if dataframe:
        import pandas
        meta = pandas.DataFrame({c: pandas.Series(dtype=object) for c in dyad.COLUMNS})
        meta["quad"] = meta["quad"].astype("int64")
        meta["goldstein"] = meta["goldstein"].astype("float64")
        return bag.map_partitions(lambda evs: [{c: e.get(c) for c in dyad.COLUMNS}
                                               for e in evs]).to_dataframe(meta=meta)
    return bag

