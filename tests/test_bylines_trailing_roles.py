"""A mainland byline whose role marks follow the names they credit (记者 X　通讯员 Y　文　　Z 摄):
read as a byline, not a caption; a caption that ends with its photographer stays one."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.credit_lines import line_credits
from reader.core.folding import fold
from reader.core.junk_rules import Reason
from reader.core.meta_records import MetaLine
from reader.core.metadata import parse_meta_line
from reader.core.people.extract import find_people

BYLINE = "桂林晚报记者 莫江雨\u3000通讯员 覃晓春\u3000文\u3000\u3000唐舟 摄"
ARTICLE = f"""兴坪最后的鸬鹚渔翁

{BYLINE}
2026年12月02日

清晨六点，漓江兴坪段雾还没散。七十六岁的黄德春撑着一根竹排从江湾里出来，排头蹲着四只鸬鹚。

渔民在江上放鸬鹚。唐舟 摄

村里人都叫他“鸬鹚黄”，他放了六十年鸬鹚，从前是为了吃饭，现在是为了给人家拍照。
"""


def _parse(line: str) -> MetaLine | None:
    return parse_meta_line(line, fold(line))


def test_the_names_before_a_writers_mark_wrote_it_the_one_before_a_photo_mark_took_the_pictures() -> None:
    meta = _parse(BYLINE)
    assert meta is not None and meta.kind == "byline"
    assert meta.author == "莫江雨"  # (the first writer: a reporter before a correspondent)
    assert meta.credits == (("记者", "莫江雨"), ("通讯员", "覃晓春"), ("摄影", "唐舟"))


def test_traditional_marks_and_roles_read_the_same() -> None:
    meta = _parse("實習記者 莫江雨　通訊員 覃曉春　文　　唐舟 攝")
    assert meta is not None and meta.author == "莫江雨"
    assert meta.credits == (("實習記者", "莫江雨"), ("通訊員", "覃曉春"), ("摄影", "唐舟"))


def test_other_marks_and_bare_names_take_their_marks_role() -> None:
    meta = _parse("记者莫江雨 文/图  唐舟 摄影")  # (the role joined to the name)
    assert meta is not None and meta.author == "莫江雨"
    assert meta.credits == (("记者", "莫江雨"), ("摄影", "唐舟"))
    meta = _parse("张小明 李大同 文　王海 图")  # (no role word: two marks)
    assert meta is not None and meta.author == "张小明 李大同"
    assert meta.credits == (("文", "张小明"), ("文", "李大同"), ("图", "王海"))


def test_the_byline_is_dropped_as_metadata_and_its_people_are_found() -> None:
    cleaned = clean(ARTICLE)
    assert cleaned.metadata.author == "莫江雨"
    assert ("摄影", "唐舟") in cleaned.metadata.credits
    reasons = {d.line: d.reason for d in cleaned.dropped}
    assert reasons[BYLINE] is Reason.METADATA
    assert BYLINE not in cleaned.paragraphs
    assert {"莫江雨", "覃晓春", "唐舟"} <= {p.person.name for p in find_people(ARTICLE)}


def test_a_caption_ending_in_its_photographer_stays_a_caption() -> None:
    cleaned = clean(ARTICLE)
    caption = "渔民在江上放鸬鹚。唐舟 摄"
    assert {d.line: d.reason for d in cleaned.dropped}[caption] is Reason.CAPTION
    assert _parse(caption) is None
    caption = "渔民在江上放鸬鹚。记者 唐舟 摄"  # (its photographer credited as before)
    assert _parse(caption) is None and line_credits(caption, fold(caption)) == (("摄影", "唐舟"),)


def test_near_misses_are_no_marked_byline() -> None:
    # a photo's credit under a picture, no writer's mark: the photographer as today, no author
    meta = _parse("（记者 何志强 摄）")
    assert meta is not None and meta.author is None and meta.credits == (("摄影", "何志强"),)
    # a sentence before the marks: a caption
    assert _parse("记者 莫江雨 文 渔民在江上放鸬鹚。唐舟 摄") is None
    # two words and 文 alone (no role word, one mark); a mark with no name before it
    assert _parse("江上 文") is None
    meta = _parse("记者 莫江雨 文 摄")
    assert meta is None or meta.author is None
