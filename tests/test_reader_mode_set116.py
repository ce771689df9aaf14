"""Reader mode on the shapes the hundred-and-sixteenth held-out set showed:
a byline row in dots read cell by cell takes its writer's name alone, not the
date cell's emphasis and verb after a tight dot (*发表于 date · 作者：慧敏 · 分类：街坊*);
the body that issues a notice under the bare verb, only its compiler beside it (發佈：
某街坊會｜date｜整理：X), is the source and the compiler a credit, no writer. Amid the body, a
related headline set as a callout (> 📌 延伸阅读：…) goes, and so does an appeal in a
frame (【捐書熱線】…歡迎致電本會捐贈…). A total under a pipe table (合計：76,400澳門元) is no
counter and stays with the table; a row that ends in a phone number in its groups
(会长　柳长顺　138 5390 2214) is no menu; a person to call by name and title right under a
paragraph (查詢電話：2670 4418（何小姐） under an English line) is the notice's, whatever follows it.
After the body, a Markdown section of headlines goes with one of them short (楼下咖啡店换了新老板) beside a
longer, and then a call to subscribe that names the blog as itself (也欢迎订阅本博客) as the page's last line."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.line_passes import Line
from reader.core.line_verdicts import judge_all
from reader.core.menu_shapes import is_menu
from reader.core.metadata import MetaLine
from reader.core.tail_sections import _headlines


def _meta(line: str) -> MetaLine | None:
    return judge_all([line])[0][3]


def test_a_dotted_bylines_writer_is_read_without_the_date_cells_words() -> None:
    meta = _meta("*发表于 2029年6月16日 · 作者：慧敏 · 分类：街坊*")
    assert meta is not None
    assert (meta.author, meta.date, meta.credits) == ("慧敏", "2029-06-16", (("作者", "慧敏"),))
    # (near miss: a writer's role beside the date keeps its own word)
    meta = _meta("甜森林烘焙坊 · 老板 黄诗琪 · 2026年12月30日")
    assert meta is not None
    assert meta.author == "黄诗琪"


def test_a_compiler_beside_the_issuing_body_is_credited_not_the_writer() -> None:
    meta = _meta("發佈：爐石塘街坊聯誼會｜2029年3月22日｜整理：鄭穎芝")
    assert meta is not None
    assert (meta.source, meta.author, meta.date) == ("爐石塘街坊聯誼會", None, "2029-03-22")
    assert meta.credits == (("整理", "鄭穎芝"),)
    # (near miss: the compiler beside a club a poster's label names wrote the club's record)
    meta = _meta("发布人：北坡骑行俱乐部　整理：龚晓帆　2028-02-20 19:05　浏览 736")
    assert meta is not None
    assert meta.author == "龚晓帆"


BLOG = """\
# 周六早上的喇叭声：宏茂桥收旧货的陈阿伯

收旧货的陈阿伯今年七十三岁，推着一辆绿色手推车，在宏茂桥这一带收了四十多年。

> 📌 延伸阅读：宏茂桥巴刹搬迁前的最后一个早晨

> 💡 延伸阅读这本书的第三章，你会发现阿伯说的价钱三十年来几乎没有变过。

他说收得最多的是搬家的人，一户人家可以清出半车的东西。

那天我把家里一台坏掉的风扇给了他，他坚持给我两块钱。
"""


def test_a_related_headline_set_as_a_callout_goes() -> None:
    kept = kept_set(BLOG)
    assert same("> 📌 延伸阅读：宏茂桥巴刹搬迁前的最后一个早晨") not in kept
    # (near miss: a callout of the writer's own, a sentence, stays)
    assert same("> 💡 延伸阅读这本书的第三章，你会发现阿伯说的价钱三十年来几乎没有变过。") in kept
    assert same("他说收得最多的是搬家的人，一户人家可以清出半车的东西。") in kept


NOTICE = """\
閱讀巴士9月1日起調整停站時間及新增粉嶺站
各位讀者：
由於打鼓嶺一帶進行道路工程，閱讀巴士自2029年9月1日起調整部分停站時間，並新增粉嶺聯和墟一站。
【捐書熱線】家中有合適的兒童圖書？歡迎致電本會捐贈，我們會安排義工上門收書。
【注意】八號或以上熱帶氣旋警告信號生效時，閱讀巴士停駛，請留意本會網頁。
每次最多借書：6本
借期：三星期
"""


def test_an_appeal_in_a_frame_amid_the_body_goes() -> None:
    kept = kept_set(NOTICE)
    assert same("【捐書熱線】家中有合適的兒童圖書？歡迎致電本會捐贈，我們會安排義工上門收書。") not in kept
    # (near miss: a framed line of the notice's own asks for nothing of the kind)
    assert same("【注意】八號或以上熱帶氣旋警告信號生效時，閱讀巴士停駛，請留意本會網頁。") in kept
    # (nor does the frame go when the article is itself the appeal)
    appeal = NOTICE.replace("閱讀巴士9月1日起調整停站時間及新增粉嶺站", "閱讀巴士呼籲街坊捐贈兒童圖書")
    assert same("【捐書熱線】家中有合適的兒童圖書？歡迎致電本會捐贈，我們會安排義工上門收書。") in kept_set(appeal)


RESULTS = """\
# 爐石塘街坊聯誼會2029年土地誕福品競投結果公佈

本會於農曆二月初二土地誕晚宴上舉行福品競投，承蒙各界街坊踴躍參與，現將結果公佈如下：

| 編號 | 福品 | 投得者 | 金額（澳門元） |
|---|---|---|---|
| 1 | 福德正神金牌 | 梁記海味 | 38,800 |
| 2 | 發財大桔一對 | 何先生 | 12,600 |
| 3 | 聚寶盆 | 永興五金 | 9,900 |

合計：61,300澳門元

（廣告）福隆新街「福記」燒臘，土地誕金豬及乳豬預訂中，歡迎致電查詢。

領取福品須知：

1. 請於4月5日前到會址領取福品。
"""


def test_a_total_under_a_pipe_table_stays() -> None:
    kept = kept_set(RESULTS)
    assert same("合計：61,300澳門元") in kept
    assert same("| 3 | 聚寶盆 | 永興五金 | 9,900 |") in kept
    # (near miss: a count under its label is still a counter)
    assert judge_all(["閱讀：2,316"])[0][1] is not None
    assert judge_all(["合計：61,300澳門元"])[0][1] is None


def test_a_row_ending_in_a_phone_number_is_no_menu() -> None:
    assert not is_menu("会长\u3000柳长顺\u3000138 5390 2214")
    assert not is_menu("会长 柳长顺 138 5390 2214")
    # (near miss: a menu that ends in years is still one)
    assert is_menu("首页 新闻 体育 娱乐 2024 2025 2026")


def _contact_under(row: str, above: str) -> set[str]:
    return kept_set(
        "閱讀巴士9月1日起調整停站時間\n"
        "由於打鼓嶺一帶進行道路工程，閱讀巴士自2029年9月1日起調整部分停站時間，並新增粉嶺聯和墟一站。\n"
        "暫停的站：古洞站（9月起暫停）\n"
        f"{above}\n{row}\n讀者回應（3）\n"
        "陳太：粉嶺加站太好了，以前要帶小朋友搭車去上水。\n阿峰：請問古洞站幾時恢復？\n"
    )


def test_a_person_to_call_right_under_a_paragraph_is_the_notices() -> None:
    english = "English picture books are now on the lower shelf beside the door."
    assert same("查詢電話：2670 4418（何小姐）") in _contact_under("查詢電話：2670 4418（何小姐）", english)
    # (near miss: a number alone, with the readers' responses under it, names no one of the notice's)
    assert same("查詢電話：2670 4418") not in _contact_under("查詢電話：2670 4418", english)


# (the blog's page as the set gave it: its tail, a related section and the comments, is the blog's template)
_BLOG_PAGE = Path(__file__).parent / "data" / "pages" / "f116_04_sg_ang_mo_kio_karung_guni_uncle_blog.md"
_CALL = "如果你也住在宏茂桥，下次听见喇叭声，不妨把旧报纸留给阿伯——也欢迎订阅本博客，每周六更新一篇街坊故事。"
_POSTS = ("周六早上的喇叭声：宏茂桥收旧货的陈阿伯（后记）", "楼下咖啡店换了新老板")


def test_a_section_of_headlines_after_the_body_goes_and_the_blogs_call_above_it() -> None:
    page = _BLOG_PAGE.read_text(encoding="utf-8").split("---\n", 2)[2]  # (past its front matter)
    kept = kept_set(page)
    assert not {same("## 相关文章"), same(f"- {_POSTS[0]}")} & kept
    # (the call to subscribe naming the blog as itself, then the page's last kept line, goes too)
    assert same(_CALL) not in kept
    assert same("我收下了，然后买了两杯咖啡乌，一杯给他。") in kept
    # (near miss: a closing that asks without naming the blog as itself is the writer's)
    assert same(_CALL.replace("订阅本博客", "订阅")) in kept_set(page.replace("订阅本博客", "订阅"))


def _items(*items: str) -> list[Line]:
    return [Line(f"- {item}", None, False) for item in items]


def test_one_headline_of_a_section_may_be_short_beside_a_longer() -> None:
    assert _headlines(_items(*_POSTS))
    # (near miss: things, none of a headline's length, are the author's list)
    assert not _headlines(_items("旧报纸每公斤一角", "铝罐每公斤八角"))
