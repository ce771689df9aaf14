"""Phrase fixes for OpenCC, loaded through OpenCC's own configuration.

OpenCC converts by longest match: 成长历程 is cut as 成|长历|程 and comes out
as 成長曆程 (长历 is a calendar, 長曆). The fix is a phrase dictionary that
OpenCC itself consults first, never a replacement after conversion: for each
view config, the shipped config JSON (inside the installed ``opencc``
package) is copied with a ``text`` dictionary of our phrases put ahead of
its ``ocd2`` dictionaries, in the segmentation group (so the phrase is cut as
one piece) and in the first conversion step's group (so our conversion wins).
Everything after the first step (Taiwan phrasing in s2twp: 软件 -> 軟體) runs
as shipped.

Phrases come from ``phrases.tsv`` in this package and from the user's
``phrases.tsv`` beside ``people.tsv``; both are ``Simplified<TAB>Traditional``
lines, used as they are for Simplified to Traditional and reversed for
Traditional to Simplified. The user's lines come last and win. They are read
when a converter is first built, so an edited file applies on the next start.
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.paths import people_file

if TYPE_CHECKING:
    import opencc

SHIPPED = Path(__file__).with_name("phrases.tsv")
USER_FILE_NAME = "phrases.tsv"
# Configs whose first step converts Simplified to Traditional; the others
# (t2s, tw2s, ...) take the phrases reversed.
_TO_TRADITIONAL = frozenset({"s2t", "s2tw", "s2twp", "s2hk", "s2hkp"})
_MAX_PHRASE = 60


def user_file() -> Path:
    """The user's phrase file: beside their ``people.tsv``. (From the paths
    module, not the people registry's: importing the people package, its
    patterns compiled, cost ~50 ms on the UI thread before the first frame
    when the app opened in a converted script.)"""
    return people_file().with_name(USER_FILE_NAME)


def parse(text: str, source: str) -> dict[str, str]:
    """Simplified -> Traditional pairs in ``text``; bad lines are skipped
    with a warning that names the line."""
    pairs: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        parts = [p.strip() for p in stripped.split("\t")]
        if (
            len(parts) != 2
            or not all(parts)
            or any(len(p) > _MAX_PHRASE or not p.isprintable() or " " in p for p in parts)
        ):
            warnings.warn(f"{source}:{number}: skipped (want: Simplified<TAB>Traditional)", stacklevel=2)
            continue
        pairs[parts[0]] = parts[1]
    return pairs


def load_phrases(user: Path | None = None) -> dict[str, str]:
    """The shipped phrases, then the user's (which win)."""
    pairs = parse(SHIPPED.read_text(encoding="utf-8"), str(SHIPPED))
    path = user if user is not None else user_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return pairs
    except (OSError, UnicodeDecodeError) as exc:
        warnings.warn(f"{path}: not read ({exc})", stacklevel=2)
        return pairs
    pairs.update(parse(text, str(path)))
    return pairs


def opencc_share_dir() -> Path:
    """Where the installed opencc package keeps its configs and ocd2 files."""
    import opencc

    return Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"


def config_with_phrases(config: str, dictionary: Path, share: Path) -> dict[str, Any]:
    """The shipped ``config`` with the text dictionary ``dictionary`` first in
    its segmentation and first conversion step, all file paths absolute."""
    data: dict[str, Any] = json.loads((share / f"{config}.json").read_text(encoding="utf-8"))
    data = _absolute(copy.deepcopy(data), share)
    ours = {"type": "text", "file": str(dictionary)}
    first = data["conversion_chain"][0]
    first["dict"] = _ahead(ours, first["dict"])
    segmentation = data.get("segmentation")
    if segmentation is None:
        # Configs without one cut by their first step's phrases anyway.
        segmentation = data["segmentation"] = {"type": "mmseg", "dict": copy.deepcopy(first["dict"])}
    else:
        segmentation["dict"] = _ahead(ours, segmentation["dict"])
    return data


def _ahead(ours: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A group of ``ours`` then ``node``, first match winning."""
    if node.get("type") == "group" and node.get("match_policy", "short_circuit") == "short_circuit":
        node["dicts"].insert(0, ours)
        return node
    return {"type": "group", "match_policy": "short_circuit", "dicts": [ours, node]}


def _absolute(node: Any, share: Path) -> Any:
    if isinstance(node, dict):
        if node.get("type") == "ocd2" and "file" in node:
            node["file"] = str(share / node["file"])
        for value in node.values():
            _absolute(value, share)
    elif isinstance(node, list):
        for value in node:
            _absolute(value, share)
    return node


def build_converter(config: str, phrases: dict[str, str] | None = None) -> opencc.OpenCC:
    """An OpenCC converter for ``config`` with the phrase fixes ahead of its
    own dictionaries. The config and dictionary are written to a temporary
    folder that OpenCC reads while it is built, then removed."""
    import opencc

    pairs = load_phrases() if phrases is None else phrases
    if config not in _TO_TRADITIONAL:
        pairs = {t: s for s, t in pairs.items()}
    if not pairs:
        return opencc.OpenCC(config, include_tofu_risk_dictionaries=False)
    share = opencc_share_dir()
    with tempfile.TemporaryDirectory(prefix="reader-opencc-") as folder:
        dictionary = Path(folder) / "phrases.txt"
        dictionary.write_text("".join(f"{k}\t{v}\n" for k, v in sorted(pairs.items())), encoding="utf-8")
        path = Path(folder) / f"{config}.json"
        path.write_text(json.dumps(config_with_phrases(config, dictionary, share), ensure_ascii=False), "utf-8")
        return opencc.OpenCC(os.fspath(path), include_tofu_risk_dictionaries=False)


__all__ = [
    "SHIPPED",
    "build_converter",
    "config_with_phrases",
    "load_phrases",
    "opencc_share_dir",
    "parse",
    "user_file",
]
