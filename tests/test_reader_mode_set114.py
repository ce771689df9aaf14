"""Reader mode on the shapes the hundred-and-fourteenth held-out set showed:
a dateline's word beside the date (本网讯｜date) names no author; a desk
after its body's name beside the date (发布：某公会 礼仪组 ｜ date) is
credited, no author; bodies listed under the publishing label (發佈：某法團、
某管理處｜date) name the source, the first of them, and no author, and the
body incorporated under the estate's name beats the site named after the
estate; a 资料提供 field names the source of a repost."""

from __future__ import annotations

from reader.core.credit_lines import fold_text
from reader.core.metadata import parse_meta_line
from reader.core.publisher_names import company_of_site


def _meta(line: str):  # type: ignore[no-untyped-def]
    meta = parse_meta_line(line, fold_text(line))
    assert meta is not None
    return meta


def test_a_datelines_word_beside_the_date_is_no_author() -> None:
    meta = _meta("本网讯｜2029年11月26日（星期一）下午3:12")
    assert (meta.author, meta.date) == (None, "2029-11-26 15:12")
    assert _meta("本報訊｜2029年11月26日").author is None
    # (near miss: a given name may end in 讯; no outlet's word before it)
    assert _meta("王嘉讯｜2029年11月26日").author == "王嘉讯"


def test_a_desk_after_its_bodys_name_is_credited_not_the_author() -> None:
    meta = _meta("发布：星洲锦溪陈氏公会 礼仪组 ｜ 2029年3月12日")
    assert meta.author is None
    assert ("发布", "礼仪组") in meta.credits
    # (near miss: a person's name there is the author)
    assert _meta("发布：星洲锦溪陈氏公会 陈礼仪 ｜ 2029年3月12日").author == "陈礼仪"


def test_bodies_listed_under_the_publishing_label_are_the_source() -> None:
    meta = _meta("發佈：怡峰苑業主立案法團、怡峰苑管理處｜2029年8月28日")
    assert (meta.source, meta.author, meta.date) == ("怡峰苑業主立案法團", None, "2029-08-28")
    # (near miss: one person, or people listed, wrote it)
    assert _meta("發佈：陳大文｜2029年8月28日").author == "陳大文"
    assert _meta("發佈：陳大文、李小明｜2029年8月28日").author is not None


def test_the_body_incorporated_under_the_sites_name_is_the_source() -> None:
    assert company_of_site("怡峰苑業主立案法團", "怡峰苑")
    assert company_of_site("安禾人寿保险股份有限公司", "安禾人寿")
    # (near miss: the estate's office is a unit of the site, no body of its own)
    assert not company_of_site("怡峰苑管理處", "怡峰苑")


def test_a_data_provider_field_names_the_source_of_a_repost() -> None:
    meta = _meta("资料提供：亚依淡花园居民协会｜整理：邱慧敏")
    assert (meta.source, meta.author) == ("亚依淡花园居民协会", None)
    assert ("整理", "邱慧敏") in meta.credits
    # (near miss: the compiler alone names no source)
    assert _meta("整理：邱慧敏").source is None
