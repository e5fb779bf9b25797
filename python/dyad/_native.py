"""ctypes mirror of the parts of include/dyad.h the bindings use.

The structures must match dyad.h field for field; tests/python.sh compares
their sizes with a C program's sizeof.
"""
import ctypes
import ctypes.util
import glob
import os

c_char_p, c_void_p, c_int, c_int32, c_size_t, c_bool, c_double = (
    ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int32,
    ctypes.c_size_t, ctypes.c_bool, ctypes.c_double)


class Error(ctypes.Structure):
    _fields_ = [("code", c_int), ("message", ctypes.c_char * 512),
                ("file", ctypes.c_char * 256), ("line", c_int), ("column", c_int),
                ("story_id", ctypes.c_char * 128), ("sentence_id", ctypes.c_char * 128),
                ("offset", c_int32)]


class Options(ctypes.Structure):
    _fields_ = [("new_actor_length", c_int), ("require_dyad", c_bool),
                ("comma_min", c_int), ("comma_max", c_int),
                ("comma_bmin", c_int), ("comma_bmax", c_int),
                ("comma_emin", c_int), ("comma_emax", c_int),
                ("code_issues", c_bool), ("ignore_parse", c_bool),
                ("max_tokens", c_int), ("max_ms", c_int),
                ("clause_roles", c_bool), ("same_country", c_bool),
                ("actor_heads", c_bool), ("pronouns", c_bool),
                ("hypothetical", c_bool), ("story_country", c_bool),
                ("discard_share", c_int), ("parse_all", c_bool),
                ("nominal", c_bool), ("relatives", c_bool)]


class Record(ctypes.Structure):
    _fields_ = [("id", c_char_p), ("story_id", c_char_p), ("category", c_char_p),
                ("date", c_int32), ("text", c_void_p), ("text_len", c_size_t),
                ("title", c_char_p), ("is_story", c_bool), ("text_offset", c_int32),
                ("text_char_offset", c_int32), ("parse", c_void_p),
                ("parse_len", c_size_t), ("file", c_char_p), ("line", c_int),
                ("parse_line", c_int), ("is_sentence", c_bool),
                ("n_expected", c_size_t), ("expected", c_void_p),
                ("expect_none", c_bool), ("expect_error", c_char_p),
                ("n_settings", c_size_t), ("settings", c_void_p), ("meta", c_char_p)]


class Span(ctypes.Structure):
    _fields_ = [("start", c_int32), ("end", c_int32)]


class Event(ctypes.Structure):
    _fields_ = [("source", c_char_p), ("target", c_char_p), ("code", c_char_p),
                ("root", c_char_p), ("quad", c_int), ("goldstein", c_double),
                ("plover", c_char_p), ("source_text", c_char_p),
                ("target_text", c_char_p), ("event_text", c_char_p),
                ("source_entry", c_char_p), ("target_entry", c_char_p),
                ("pattern", c_char_p), ("pattern_file", c_char_p),
                ("pattern_line", c_int), ("issues", c_char_p),
                ("source_span", Span), ("target_span", Span), ("verb_span", Span),
                ("source_inferred", c_bool), ("target_inferred", c_bool),
                ("index", c_int32), ("pair", c_int32)]


class Result(ctypes.Structure):
    _fields_ = [("outcome", c_int), ("why", c_char_p), ("n_events", c_size_t),
                ("events", ctypes.POINTER(Event)), ("issues", c_char_p),
                ("n_mentions", c_size_t), ("mentions", c_void_p)]


class Buf(ctypes.Structure):
    _fields_ = [("p", c_void_p), ("n", c_size_t), ("cap", c_size_t)]


class Fields(ctypes.Structure):
    _fields_ = [("id", c_char_p), ("date", c_char_p), ("title", c_char_p),
                ("text", c_char_p)]


SIZES = {"dyad_error": Error, "dyad_options": Options, "dyad_record": Record,
         "dyad_event": Event, "dyad_result": Result, "dyad_buf": Buf,
         "dyad_fields": Fields}

DIAG_FN = ctypes.CFUNCTYPE(None, c_void_p, ctypes.POINTER(Error))
SENTENCE_FN = ctypes.CFUNCTYPE(c_int, c_void_p, ctypes.POINTER(Record), ctypes.POINTER(Result))

FORMATS = {"auto": 0, "xml": 1, "jsonl": 2, "text": 3, "csv": 4, "tsv": 5}

P = ctypes.POINTER
_SIGNATURES = {
    "dyad_version": (c_char_p, []),
    "dyad_options_default": (None, [P(Options)]),
    "dyad_options_news": (None, [P(Options), c_bool]),
    "dyad_parse_date": (c_int32, [c_char_p, c_size_t]),
    "dyad_dict_new": (c_void_p, []),
    "dyad_dict_free": (None, [c_void_p]),
    "dyad_dict_load_dir": (c_int, [c_void_p, c_char_p, DIAG_FN, c_void_p, P(Error)]),
    "dyad_dict_load_config": (c_int, [c_void_p, c_char_p, c_char_p, DIAG_FN, c_void_p,
                                      P(Error)]),
    "dyad_reader_open": (c_void_p, [c_char_p, c_int, P(Error)]),
    "dyad_reader_open_mem": (c_void_p, [c_char_p, c_size_t, c_char_p, c_int, P(Error)]),
    "dyad_reader_close": (None, [c_void_p]),
    "dyad_reader_next": (c_int, [c_void_p, P(P(Record)), P(Error)]),
    "dyad_reader_set_fields": (None, [c_void_p, P(Fields)]),
    "dyad_coder_new": (c_void_p, [c_void_p, P(Options)]),
    "dyad_coder_free": (None, [c_void_p]),
    "dyad_coder_on_diag": (None, [c_void_p, DIAG_FN, c_void_p]),
    "dyad_code_record": (c_int, [c_void_p, P(Record), P(P(Result)), P(Error)]),
    "dyad_code_story": (c_int, [c_void_p, P(Record), SENTENCE_FN, c_void_p, P(Error)]),
    "dyad_format_event_json": (None, [P(Buf), P(Record), P(Event)]),
    "dyad_buf_free": (None, [P(Buf)]),
}


def _candidates():
    """Where libdyad.so is looked for, in order."""
    env = os.environ.get("DYAD_LIBRARY")
    if env:
        yield os.path.join(env, "libdyad.so") if os.path.isdir(env) else env
        return
    here = os.path.dirname(os.path.abspath(__file__))
    yield from sorted(glob.glob(os.path.join(here, "libdyad.so*")))
    yield os.path.join(here, "..", "..", "build", "libdyad.so")  # the checkout
    name = ctypes.util.find_library("dyad")
    if name:
        yield name
    yield "libdyad.so.0"


def load():
    tried = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(path + " (missing)")
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
            continue
        for name, (res, args) in _SIGNATURES.items():
            fn = getattr(lib, name)
            fn.restype = res
            fn.argtypes = args
        return lib, path
    raise ImportError("dyad: libdyad.so not found (build it with `make shared`, install it "
                      "with `make install`, or set DYAD_LIBRARY); tried: " + "; ".join(tried))


def loaded_path(name):
    """The file a library was loaded from (by the dynamic linker's search)."""
    if os.sep in name:
        return os.path.realpath(name)
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                path = line.split()[-1] if len(line.split()) >= 6 else ""
                if os.path.basename(path).startswith("libdyad.so"):
                    return path
    except OSError:
        pass
    return None
