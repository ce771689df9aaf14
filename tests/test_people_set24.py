"""The twenty-fourth fix pass (tests/data/people/fresh24): married names the
page backs with the husband's surname elsewhere."""

from __future__ import annotations

from reader.core.people.extract import find_people


def _names(text: str) -> list[str]:
    return [p.person.name for p in find_people(text)]


def test_married_name_after_de_backed_by_tai_form() -> None:
    # 羅太 elsewhere: 羅陳美儀 is her married form, not 陳美儀 after 的.
    assert "羅陳美儀" in _names("訪問了三間老店的老闆娘，包括人稱羅太的羅陳美儀。")


def test_married_name_after_furen_backed_by_taitai() -> None:
    assert "林李佩瑶" in _names("现由其夫人林李佩瑶女士主持的基金会管理。是林太太每次来校都会提起的家训。")


def test_uncommon_husband_surname_backed_by_children() -> None:
    # 符 is no common surname, but the children 符家寶, 符家慧 bear it.
    assert "符陳秀英" in _names("遺下妻子符陳秀英、子女符家寶、符家慧及孫兒四人。")


def test_no_evidence_keeps_the_own_name() -> None:
    names = _names("包括人稱老闆娘的羅陳美儀。")
    assert "羅陳美儀" not in names


_FAIR = (
    "项目名称 | 作者 | 学校 | 指导教师\n"
    "基于牛顿环的测量装置 | 林晓东 | 江城一中 | 孙刘桂芳\n"
    "城市噪声对鸟类的影响 | 黎明 | 太白县中学 | 周建平\n"
    "简易地震报警器 | 张衡 | 江城外国语学校 | 白雪梅\n"
)


def test_person_heading_vouches_for_its_bar_column() -> None:
    # 指导教师 names people: its cells are people though only one is known.
    names = _names(_FAIR)
    assert "周建平" in names and "白雪梅" in names


def test_person_heading_is_no_person() -> None:
    text = (
        "名次 | 車號 | 車手 | 領航員 | 罰分\n1 | 12 | 歐陽家駒 | 歐陽黃慧珊 | 3\n"
        "2 | 7 | 卓文君 | 卓子軒 | 5\n3 | 21 | 司徒浩然 | 鄧永康 | 8\n"
    )
    assert "車手" not in _names(text)


def test_list_item_read_whole() -> None:
    # 德 is no surname: the rules read 吉央宗; the list item is the name.
    names = _names("二等奖：王子豪、白雪、朴敏俊（박민준）、德吉央宗、端木一凡\n")
    assert "德吉央宗" in names and "吉央宗" not in names


def test_places_listed_with_places() -> None:
    names = _names("由中環海濱出發，途經何文田、李鄭屋、荃灣、大帽山、西貢，最後抵達石澳。會長施百德致辭。")
    assert "何文田" not in names and "李鄭屋" not in names


def test_place_before_zhi_and_another_place() -> None:
    assert "黃大仙" not in _names("屆時會加設黃大仙至獅子山的新路段。")


def test_place_where_something_happens_and_place_column() -> None:
    text = (
        "編號 | 受訪者 | 出生年 | 訪談地點\nOH-302 | 鄭水木 | 1938 | 哈瑪星\n"
        "OH-305 | 阮氏秋 | 1975 | 林園\nOH-306 | 黃天來 | 1944 | 旗津\n"
        "阮氏秋：「先生叫林志忠，在林園做石化。」山下富美子：「我在哈瑪星出生。」\n"
    )
    names = _names(text)
    assert "林園" not in names and "哈瑪星" not in names and "阮氏秋" in names


def test_place_verb_before_a_longer_place_keeps_the_name() -> None:
    # 來自向陽鎮: the place is 向陽鎮; 向陽 (a student) stays a person.
    text = "獲獎者：金允兒、阮文雄、向陽、格桑卓瑪\n向陽說：“我來自向陽鎮，家門口就是向陽路。”"
    assert "向陽" in _names(text)
