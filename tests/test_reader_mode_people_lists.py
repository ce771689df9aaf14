"""Reader mode keeps the lists of names on people pages (a roll of
graduates apart by spaces, a head that counts them, a table framed by bars
with no rule under its head): each row alone looks like a menu or a
counter, the list sits inside the body."""

from __future__ import annotations

from cleaning_support import kept_set, same

TITLE = "临江市老年大学2025届结业典礼举行"
P1 = "6月28日上午，临江市老年大学2025届结业典礼在学校报告厅举行，校长为学员们颁发了结业证书。"
P2 = "本届共有结业学员 60 人，现将部分班级结业学员名单公布如下："
P3 = "典礼结束后，书法班的学员们还当场挥毫，为学校写下了一幅“学无止境”的横幅。"
P4 = "校长在致辞中说，老年大学的课堂永远向每一位愿意学习的老人敞开。"
MENU = "首页 > 校园新闻 > 通知公告"
COMMENTS = "评论（3）"


def test_a_roll_with_a_dotted_name_under_a_head_counting_it_stays() -> None:
    head = "书法班（8人）"
    roll = "司马青 上官燕 阿依古丽·买买提 林涛 何静 罗建国 彭丽 韩东"
    kept = kept_set("\n".join([MENU, TITLE, P1, P2, head, roll, P3, P4, COMMENTS]))
    assert same(roll) in kept
    assert same(head) in kept


def test_a_head_counting_the_names_listed_under_it_stays() -> None:
    head = "摄影班（12人）"
    names = "周玉兰、孙建华、钱文、郑国栋、冯丽、陈晓光、葛明、范秀英、萧山、姚红梅、董建新、温雅"
    kept = kept_set("\n".join([MENU, TITLE, P1, P2, head, names, P3, P4, COMMENTS]))
    assert same(head) in kept
    assert same(names) in kept


def test_a_menu_of_short_words_still_goes() -> None:
    menu = "新闻 体育 财经 娱乐 国际新闻 科技"
    kept = kept_set("\n".join([TITLE, menu, P1, P2, P3, P4]))
    assert same(menu) not in kept


FRAMED = [
    "| 奖项 | 队伍 | 领队 | 曲目 |",
    "| 一等奖 | 红枫舞蹈队 | 邵建业 | 《采茶舞》 |",
    "| 二等奖 | 金秋艺术团 | 程秀芝 | 《茉莉花》 |",
    "| 二等奖 | 银杏队 | 包国华 | 《小河淌水》 |",
    "| 三等奖 | 长青队 | 滕家宝 | 《映山红》 |",
]


def test_a_table_framed_by_bars_without_a_rule_row_stays() -> None:
    kept = kept_set("\n".join([MENU, TITLE, P1, P2, *FRAMED, P3, P4, COMMENTS]))
    assert {same(row) for row in FRAMED} <= kept


def test_a_table_of_names_under_a_short_head_stays_with_its_head() -> None:
    roll = "司马青 上官燕 阿依古丽·买买提 林涛 何静 罗建国 彭丽 韩东"
    head = "太极班（部分）"
    rows = [
        "| 学号 | 姓名 | 原单位 | 备注 |",
        "| 2301 | 滕家宝 | 机床厂 | 优秀学员 |",
        "| 2302 | 苗淑芬 | 第二小学 | |",
        "| 2307 | 殷志高 | 供电局 | 年龄最大学员 |",
    ]
    text = "\n".join([MENU, TITLE, P1, P2, "书法班（8人）", roll, head, *rows, P3, P4, COMMENTS])
    kept = kept_set(text)
    assert {same(row) for row in rows} <= kept
    assert same(head) in kept
