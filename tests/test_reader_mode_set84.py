"""Reader mode on the shapes the eighty-fourth held-out set showed: a
blog's row of parts, its date set apart by a wide space and the rest by
bars (2028年3月12日　by 麥芽糖　｜　分類：…　｜　14 則留言), gives its writer
and date; a player's button, a sound icon and a short word before its
length in brackets (🔊 收聽本文（約9分鐘）), is a control; a short site name
the markup gives yields to the full name the <title>, the logo and the
footer write, its legal form and place before it (社團法人臺中市 + …)."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.line_features import junk_rule
from reader.core.markup_sites import as_written
from reader.core.metadata import parse_meta_line


def _meta(line: str) -> tuple[str | None, str | None]:
    meta = parse_meta_line(line, fold(line))
    return (meta.author, meta.date) if meta else (None, None)


def test_a_blog_row_of_date_by_name_and_labels_gives_writer_and_date() -> None:
    assert _meta("2027年6月3日　by 胡椒粒　｜　分類：散步　｜　6 則留言") == ("胡椒粒", "2027-06-03")
    assert _meta("2027-06-03　by 胡椒粒　｜　分類：散步") == ("胡椒粒", "2027-06-03")
    # (by, a name, then the date, bars between: the name is the writer's, not an outlet)
    assert _meta("by 胡椒粒 ｜ 2027年6月3日 ｜ 散步") == ("胡椒粒", "2027-06-03")
    assert _meta("2027年6月3日　by 胡椒粒 | 分類：散步 | 6 則留言") == ("胡椒粒", "2027-06-03")


def test_by_a_role_word_and_a_name_is_the_writer() -> None:
    assert _meta("2027-06-03　by 社區義工 陳大文　｜　2則留言") == ("陳大文", "2027-06-03")
    assert _meta("2027-06-03　by 街坊義工 何小晴　｜　分類：活動　｜　2則留言") == ("何小晴", "2027-06-03")


def test_a_bar_rows_photographer_is_a_credit_beside_its_writer() -> None:
    line = "山海週刊 · 人物 | 文：顧小禾 | 攝影：潘子越 | 2027年6月3日"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and (meta.author, meta.date) == ("顧小禾", "2027-06-03")
    assert ("攝影", "潘子越") in meta.credits


def test_a_bar_row_without_a_name_names_no_one() -> None:
    assert _meta("2027年6月3日　｜　分類：散步　｜　6 則留言")[0] is None


def test_a_blog_row_in_a_page_gives_author_and_date() -> None:
    page = "\n".join(
        [
            "胡椒粒的散步簿",
            "沿著海邊走到燈塔",
            "2027年6月3日　by 胡椒粒　｜　分類：散步　｜　6 則留言",
            "今天一早沿著海邊的步道走到燈塔，風很大，但空氣很清新，路上遇到好幾位晨跑的街坊。",
            "燈塔旁邊新開了一間小咖啡店，老闆說夏天會延長營業到晚上九點，下次想試試他們的手沖。",
        ]
    )
    meta = clean(page).metadata
    assert (meta.author, meta.date) == ("胡椒粒", "2027-06-03")


def _junk(line: str) -> bool:
    return junk_rule(line, fold(line))[0] is not None


def test_a_sound_icon_before_a_word_and_its_length_is_a_players_button() -> None:
    assert _junk("🔊 收聽本文（約12分鐘）")
    assert _junk("🎧 播放全文 (04:31)")
    assert _junk("🎙️ 聽訪問（8分鐘）")
    # (a list's step with its length, led by a bullet or another picture, stays)
    assert not _junk("• 熱身（10分鐘）")
    assert not _junk("🏃 熱身（10分鐘）")
    assert not _junk("收聽本文要先登入（約12分鐘）")


def test_the_listen_button_under_the_byline_goes() -> None:
    body = [
        "碼頭邊的老船廠今年迎來第一百個年頭，三代船匠仍然用木材和鐵釘修補漁船，每天清早開工。",
        "廠長說，年輕人願意入行的越來越少，但每年暑假仍有學生來學做船槳，讓他覺得手藝還有人接。",
    ]
    page = "\n".join(["百年船廠的最後三位船匠", "2027年5月8日　文：林子晴", "🔊 收聽本文（約6分鐘）", *body])
    kept = kept_set(page)
    assert same("🔊 收聽本文（約6分鐘）") not in kept
    assert all(same(b) in kept for b in body)


def _site_page(title_site: str, logo: str, foot: str) -> str:
    return (
        f"<html><head><title>秋季會員大會通知 - {title_site}</title>"
        '<meta property="og:site_name" content="青松書法學會"></head><body>'
        f'<div class="brand"><a href="/"><img src="/logo.png" alt="">{logo}</a></div>'
        f"<p>本會秋季會員大會訂於十月舉行。</p><footer><p>{foot}　立案字號：第123號</p></footer></body></html>"
    )


def test_a_short_site_name_gives_way_to_the_full_name_with_its_place_before_it() -> None:
    full = "社團法人高雄市青松書法學會"
    assert as_written("青松書法學會", _site_page(full, full, full)) == full
    # (the page writing the short name as often as the full one keeps the short)
    assert as_written("青松書法學會", _site_page(full, "青松書法學會", "青松書法學會")) == "青松書法學會"
