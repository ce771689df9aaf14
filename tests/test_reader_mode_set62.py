"""Reader mode on the shapes the sixty-second held-out set showed: a line
shaped like a site's menu or masthead that the body quotes or names, a
site's bilingual name and motto over the headline, the makers' role：name
pairs before the date's label, the site's name a slogan and the © line
share, and the site's lines left among the junk under a sign-off."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

_PROSE = [
    "周六下午我们去了新开的那家茶馆，门口排着长队，等了差不多半个小时才进去坐下。",
    "茶馆里的椅子都是旧木头做的，墙上挂着老照片，服务员说这些都是老板从乡下收回来的。",
]
_MORE = [
    "点心做得很用心，虾饺皮薄，烧卖分量也足，只是价钱比附近的茶楼贵了一点。",
    "坐了两个钟头，临走时老板还送了一小包自家焙的乌龙茶，让我们回家慢慢喝。",
]
_FOOT = ["上一篇：城南老街的早餐摊", "下一篇：河边新开的甜品店", "标签：茶馆　点心　周末", "© 2027 城南食记 版权所有"]


def test_a_quoted_slogan_under_a_colon_is_the_body_s() -> None:
    slogan = "“2001·初三（2）班·未完待续”"
    text = "\n".join([*_PROSE, "散场前，有人在黑板上写了一行字：", slogan, *_MORE, *_FOOT])
    assert same(slogan) in kept_set(text)


def test_a_bilingual_name_between_a_paragraph_and_the_shop_s_rows() -> None:
    name = "竹里 Bamboo Grove Tea House"
    rows = ["地址：城南路12号", "营业时间：上午10时至晚上9时"]
    text = "\n".join([*_PROSE, *_MORE[:1], name, *rows, _MORE[1], *_FOOT])
    assert same(name) in kept_set(text)
    # (the same shape opening the page is its masthead)
    top = "\n".join([name, "首页　茶馆　点心　关于我", *_PROSE, *_MORE, *_FOOT])
    assert same(name) not in kept_set(top)


def test_a_bilingual_name_and_motto_the_copyright_names_is_no_headline() -> None:
    headline = "「渡口一日」——林阿婆憶舊碼頭三十年"
    text = "\n".join(
        [
            "渡口記憶 Ferry Pier Memories｜離島街坊口述歷史計劃",
            "首頁　口述檔案　人物地圖　關於計劃",
            headline,
            "發佈日期：2026年10月2日",
            *_PROSE,
            *_MORE,
            "© 2026 渡口記憶口述歷史計劃　私隱政策",
        ]
    )
    meta = clean(text).metadata
    assert meta.title == headline
    # (the foot's longer name is the masthead's and the description it states: the masthead's stands)
    assert meta.source == "渡口記憶"


def test_makers_pairs_before_the_date_s_label() -> None:
    line = "路线整理：王志明　摄影：李美华　｜　发布：2027年9月1日　｜　更新：2027年9月5日"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "王志明" and meta.date == "2027-09-01"
    assert ("摄影", "李美华") in meta.credits
    # (a place's label is no maker's)
    place = "日期：2027年9月1日｜場地：維園球場｜撰文：幹事 何美玲"
    assert parse_meta_line(place, fold(place)).author is None  # type: ignore[union-attr]


def test_who_was_interviewed_is_no_author() -> None:
    line = "受訪：陳金妹　訪問及整理：黃詠欣　攝影：李浩然"
    meta = parse_meta_line(line, fold(line))
    assert meta is not None and meta.author == "黃詠欣"


def test_of_a_slogan_and_a_name_the_copyright_s_name_is_the_site() -> None:
    text = "\n".join(
        [
            "城南吃什么 · 小周食记",
            "首页　美食地图　咖啡馆　关于我",
            "城南新开的茶馆到底值不值得排队？",
            "作者：周明远｜发布于 2027-06-02 15:45",
            *_PROSE,
            *_MORE,
            "© 2027 小周食记 Chengnan Food Diary. 版权所有",
        ]
    )
    assert clean(text).metadata.source == "小周食记"


def test_the_site_s_lines_among_the_junk_under_a_sign_off() -> None:
    appeal = "喜欢这篇食记？在小红书搜索“小周食记”关注我，每天更新城南好吃的！"
    dated = "\n".join([*_PROSE, *_MORE, "小周　2027年6月2日写于城南", appeal, *_FOOT])
    assert same(appeal) not in kept_set(dated)
    tip = "温馨提示：本中心招募志愿者不收取任何费用，请广大市民提高警惕，谨防上当受骗。"
    signed = "\n".join([*_PROSE, *_MORE, "城南社区服务中心", "2028年2月20日", "扫码报名", tip, "分享到：微信 微博"])
    assert same(tip) not in kept_set(signed)
    coffee = "喜歡這篇文章嗎？歡迎請我喝杯咖啡，讓這家小書店可以多撐一個冬天。"
    dashed = "\n".join([*_PROSE, *_MORE, "—— 阿梅，寫於書店櫃檯", "標籤：收書　臺中", coffee, *_FOOT])
    assert same(coffee) not in kept_set(dashed)


def test_a_quotation_s_speaker_signs_nothing_off() -> None:
    note = "注：以上成绩由学生自行提供并经本人及家长同意公布，只列出部分同学。"
    text = "\n".join(
        [*_PROSE, *_MORE, "「今年的题目偏向社会议题，同学们在考场上都认得出。」", "—— 英文科导师 陈老师", note, *_FOOT]
    )
    assert same(note) in kept_set(text)
