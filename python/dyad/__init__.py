"""dyad: news text to CAMEO events, through ctypes over libdyad.so.

    events = dyad.code("Kim Jong-un visited Beijing.", date="2025-09-02")
    for ev in dyad.code_file("stories.jsonl"): ...
    df = dyad.to_pandas(events)

Events are dicts with the fields of `dyad code`'s JSON events (the library
writes them: dyad_format_event_json). See python/README.md.
"""
import ctypes
import datetime
import json
import os
import threading
import warnings

from . import _native

__version__ = "0.1.0"
__all__ = ["code", "code_file", "to_pandas", "version", "default_options",
           "DyadError", "DyadWarning"]

_lib, library_path = _native.load()


class DyadError(Exception):
    """A file, dictionary or argument dyad could not use."""


class DyadWarning(UserWarning):
    """A record or sentence not coded; the others were."""


def _message(err):
    e = err if isinstance(err, _native.Error) else err.contents
    msg = e.message.decode("utf-8", "replace")
    if e.file:
        where = e.file.decode("utf-8", "replace")
        if e.line:
            where += ":%d" % e.line
        msg = where + ": " + msg
    return msg


def version():
    """The version of the libdyad.so in use (DYAD_VERSION)."""
    return _lib.dyad_version().decode()


def default_options():
    """`dyad code`'s options (dyad_options_default) as a dict."""
    o = _native.Options()
    _lib.dyad_options_default(ctypes.byref(o))
    return {name: getattr(o, name) for name, _ in _native.Options._fields_}


def _options(petrarch_roles=False, **options):
    o = _native.Options()
    _lib.dyad_options_default(ctypes.byref(o))
    if petrarch_roles:
        _lib.dyad_options_news(ctypes.byref(o), False)
    names = {name for name, _ in _native.Options._fields_}
    for k, v in options.items():
        if k not in names:
            raise TypeError("dyad: unknown option %r (options: %s)" % (k, ", ".join(sorted(names))))
        setattr(o, k, v)
    return o


def _date(value, what="date"):
    """YYYYMMDD of a str (as `dyad code --date` takes), datetime.date or int."""
    if value is None:
        return 0
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.year * 10000 + value.month * 100 + value.day
    if isinstance(value, int) and 10000101 <= value <= 99991231:
        return value
    if isinstance(value, str):
        b = value.encode()
        d = _lib.dyad_parse_date(b, len(b))
        if d:
            return d
    raise ValueError("dyad: %s needs YYYY-MM-DD (or YYYYMMDD, ISO 8601, datetime.date), not %r"
                     % (what, value))


# ------------------------------------------------------------------ dictionaries

_dicts = {}
_dicts_lock = threading.Lock()


def _is_dict_dir(path):
    return os.path.isfile(os.path.join(path, "PETR_config.ini"))


def default_dictionaries():
    """The folder `dyad code` would use with no dictionaries named."""
    env = os.environ.get("DYAD_DICTIONARIES")
    if env:
        return env
    lib = _native.loaded_path(library_path)
    here = os.path.dirname(os.path.abspath(__file__))
    places = []
    if lib:
        d = os.path.dirname(lib)
        places += [os.path.join(d, "..", "dictionaries"),
                   os.path.join(d, "..", "share", "dyad", "dictionaries")]
    places += [os.path.join(here, "dictionaries"), os.path.join(here, "..", "..", "dictionaries"),
               "/usr/local/share/dyad/dictionaries", "/usr/share/dyad/dictionaries"]
    for p in places:
        if _is_dict_dir(p):
            return os.path.realpath(p)
    return "dictionaries"


def _dictionary(path):
    """A loaded dyad_dict, kept for the life of the process (coding only reads it)."""
    path = os.path.realpath(path if path is not None else default_dictionaries())
    with _dicts_lock:
        d = _dicts.get(path)
        if d:
            return d
        problems = []

        def diag(ctx, e):
            problems.append(_message(e))

        fn = _native.DIAG_FN(diag)
        err = _native.Error()
        d = _lib.dyad_dict_new()
        if os.path.isfile(path):
            n = _lib.dyad_dict_load_config(d, path.encode(), None, fn, None, ctypes.byref(err))
        else:
            n = _lib.dyad_dict_load_dir(d, path.encode(), fn, None, ctypes.byref(err))
        if n < 0:
            _lib.dyad_dict_free(d)
            raise DyadError("dyad: dictionaries %s: %s" % (path, _message(err)))
        if n:
            warnings.warn("dyad: %d malformed dictionary lines skipped (%s)"
                          % (n, "; ".join(problems[:3])), DyadWarning, stacklevel=3)
        _dicts[path] = d
        return d


# ------------------------------------------------------------------ coding

class _Run:
    """A coder, and the events of the record being coded."""

    def __init__(self, dictionaries, options):
        self.opts = _options(**options)
        self.coder = _lib.dyad_coder_new(_dictionary(dictionaries), ctypes.byref(self.opts))
        self.events = []
        self.buf = _native.Buf()
        self._sentence = _native.SENTENCE_FN(self._on_sentence)
        self._diag = _native.DIAG_FN(self._on_diag)
        _lib.dyad_coder_on_diag(self.coder, self._diag, None)

    def _on_sentence(self, ctx, rec, res):
        r = res.contents
        for i in range(r.n_events):
            self.buf.n = 0
            _lib.dyad_format_event_json(ctypes.byref(self.buf), rec, ctypes.byref(r.events[i]))
            self.events.append(json.loads(ctypes.string_at(self.buf.p, self.buf.n)))
        return 0

    def _on_diag(self, ctx, e):
        if e.contents.code < 0:  # a parse that could not be read; warnings are for --quiet-less CLIs
            warnings.warn(_message(e), DyadWarning, stacklevel=2)

    def code(self, rec_ptr, date=0, force_date=0):
        rec = _native.Record.from_buffer_copy(rec_ptr.contents)
        if force_date:
            rec.date = force_date
        elif date and not rec.date:
            rec.date = date
        err = _native.Error()
        self.events = []
        if rec.is_story:
            rc = _lib.dyad_code_story(self.coder, ctypes.byref(rec), self._sentence, None,
                                      ctypes.byref(err))
        else:
            res = ctypes.POINTER(_native.Result)()
            rc = _lib.dyad_code_record(self.coder, ctypes.byref(rec), ctypes.byref(res),
                                       ctypes.byref(err))
            if rc >= 0:
                self._on_sentence(None, ctypes.pointer(rec), res)
        if rc < 0:
            warnings.warn(_message(err), DyadWarning, stacklevel=3)
        events, self.events = self.events, []
        return events

    def close(self):
        if self.coder:
            _lib.dyad_coder_free(self.coder)
            self.coder = None
        _lib.dyad_buf_free(ctypes.byref(self.buf))

    def records(self, reader, date, force_date):
        """Code every record of an open reader; yields event lists."""
        rec = ctypes.POINTER(_native.Record)()
        err = _native.Error()
        while True:
            rc = _lib.dyad_reader_next(reader, ctypes.byref(rec), ctypes.byref(err))
            if rc == 0:
                return
            if rc < 0:
                warnings.warn(_message(err), DyadWarning, stacklevel=3)
                if rc == -1:  # DYAD_ERR_IO: the reader cannot go on
                    raise DyadError(_message(err))
                continue
            yield self.code(rec, date, force_date)


def code(text, date=None, dictionaries=None, id="text", **options):
    """Code one story (plain text, as `dyad code FILE.txt` does) into a list of events.

    `date`: the story's date (YYYY-MM-DD, datetime.date); `dictionaries`: a
    folder or PETR_config.ini (default: as `dyad code`); `id`: the story id
    (sentences are <id>-<n>); `options`: dyad_options fields over `dyad
    code`'s defaults, or petrarch_roles=True.
    """
    if isinstance(text, str):
        text = text.encode("utf-8")
    d = _date(date)
    run = _Run(dictionaries, options)
    err = _native.Error()
    reader = _lib.dyad_reader_open_mem(text, len(text), id.encode(), _native.FORMATS["text"],
                                       ctypes.byref(err))
    if not reader:
        run.close()
        raise DyadError(_message(err))
    try:
        return [ev for evs in run.records(reader, d, 0) for ev in evs]
    finally:
        _lib.dyad_reader_close(reader)
        run.close()


def code_file(path, date=None, dictionaries=None, force_date=None, input_format="auto",
              **options):
    """Yield the events of every story or record in `path` (any input `dyad code` reads:
    text, JSON Lines, CSV, TSV, PETRARCH XML, compressed, zip), in input order.

    A bad record is a DyadWarning and the others are coded; a file that
    cannot be opened or read is a DyadError.
    """
    if input_format not in _native.FORMATS:
        raise ValueError("dyad: input_format is one of %s" % ", ".join(_native.FORMATS))
    d, fd = _date(date), _date(force_date, "force_date")
    run = _Run(dictionaries, options)
    err = _native.Error()
    reader = _lib.dyad_reader_open(os.fsencode(path), _native.FORMATS[input_format],
                                   ctypes.byref(err))
    if not reader:
        run.close()
        raise DyadError(_message(err))
    try:
        for evs in run.records(reader, d, fd):
            yield from evs
    finally:
        _lib.dyad_reader_close(reader)
        run.close()


# The event keys as `dyad code` writes them, for an empty DataFrame's columns.
COLUMNS = ["story_id", "sentence_id", "date", "source", "target", "code", "root", "quad",
           "goldstein", "plover", "source_text", "target_text", "event_text", "source_entry",
           "target_entry", "pattern", "pattern_at", "issues", "source_span",
           "source_span_bytes", "target_span", "target_span_bytes", "verb_span",
           "verb_span_bytes", "event_id", "pair_id", "cameo_label", "source_provenance",
           "target_provenance", "coder_version"]

_TEXT = ["story_id", "sentence_id", "date", "source", "target", "code", "root", "plover",
         "event_id", "pair_id"]


def to_pandas(events):
    """A pandas DataFrame of events (a list or an iterator), one row each.

    Codes, actor codes, ids and dates stay strings (object dtype): "042" is
    never 42. Lists (spans, issues, provenance) stay Python lists.
    """
    import pandas
    rows = list(events)
    df = pandas.DataFrame(rows) if rows else pandas.DataFrame(columns=COLUMNS)
    for c in _TEXT:
        if c in df.columns:
            df[c] = df[c].astype(object)
    return df
