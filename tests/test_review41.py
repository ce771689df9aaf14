"""Review 41: inputs the fix83 pass's tests did not cover."""

from __future__ import annotations

from cleaning_support import kept_set, same

_BODY = [
    "社区图书馆周末举办了读书分享会，吸引了不少附近的居民前来参加。",
    "馆长说，今年图书馆新增了两千多册藏书，借阅量比去年多了三成。",
]


def test_rows_of_menu_words_one_space_apart_are_no_table() -> None:
    # (a word shared by the rows, 更多, made them a table once a single
    # space split cells: only a table's figures tell such rows from a menu's)
    page = ["标题", *_BODY, "新闻 国内 国际 更多", "体育 足球 篮球 更多", "财经 股票 基金 更多", "版权所有 © 2027"]
    kept = kept_set("\n".join(page))
    for row in page[3:6]:
        assert same(row) not in kept


def test_autonomy_as_the_articles_own_topic_is_no_disclosure() -> None:
    # (自主权 alone named the site's editorial say; a school's or a
    # platform's autonomy in the last paragraph is the story's)
    for last in (
        "校长表示，本校将在新学期继续争取更大的办学自主权。",
        "专家认为，平台企业的经营自主权应当依法受到保护。",
    ):
        page = ["办学自主权的讨论", *_BODY, last]
        assert same(last) in kept_set("\n".join(page))


def test_a_menu_of_label_and_item_pairs_no_names_lead_still_goes() -> None:
    # (the items are name-sized words, so only the surname and full-name
    # counts of _paired tell this menu from a roll; people76's menu test
    # passes with those counts gone, its items being no name shapes at all)
    row = "招牌　鸳鸯奶茶　　热销　冻柠茶　　新品　杨枝甘露　　特价　菠萝包"
    text = (
        "村里的舞狮队今年招了八个新队员，大年初一要在祠堂前第一次亮相。\n"
        + row
        + "\n教练周振邦说，新队员练了三个月，马步已经扎得很稳。\n"
    )
    assert same(row) not in kept_set(text)
