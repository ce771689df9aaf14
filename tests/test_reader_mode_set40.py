"""Reader mode on the shapes the fortieth held-out set showed: a factory's
statement about itself at the page's tail that declines a liability
(本厂恕不负责), under customers' reviews."""

from __future__ import annotations

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean

_INTRO = "由于原料价格上涨，本店自下月一日起调整批发价格，以下价格以每公斤计，最低订货量十公斤。"
_ROWS = ["黄面", "RM4.20／公斤", "粿条", "RM3.80／公斤"]
_NOTE = "订货请在前一天下午四点前通知，隔天早上六点前送到。"
_FOOTER = "© 2026 福利面厂 版权所有"
_STATEMENT = (
    "品质声明：本厂产品均不添加防腐剂，湿面请于收货后冷藏保存并在三天内食用完毕；因储存不当引致的变质，本厂恕不负责。"
)


def test_reviews_over_the_factorys_statement_go_with_it() -> None:
    # (the statement is the site's: the reviews over it end on junk, and are the site's showcase)
    reviews = [
        "顾客评价",
        "⭐⭐⭐⭐⭐ 王记面家：用了十多年，面条弹牙，送货从来没迟过。",
        "⭐⭐⭐⭐ 李太：价钱涨了一点，但质量还是一样好。",
    ]
    hours = "营业时间：星期一至六 3:00 – 12:00（星期日休息）"
    kept = kept_lines("\n".join(["新价目表", _INTRO, *_ROWS, _NOTE, *reviews, _STATEMENT, hours, _FOOTER]))
    for line in [*reviews, _STATEMENT, hours]:
        assert same(line) not in kept
    assert same(_NOTE) in kept


def test_a_factorys_statement_declining_liability_at_the_tail_goes() -> None:
    # (本厂 names the site as 本店 does; 恕不负责 declines as 概不负责 does)
    kept = kept_lines(
        "\n".join(["新价目表", _INTRO, *_ROWS, _NOTE, _STATEMENT, "营业时间：星期一至六 3:00 – 12:00", _FOOTER])
    )
    assert same(_STATEMENT) not in kept
    assert same(_NOTE) in kept


def _meta(byline: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    meta = clean("\n".join(["新价目表", byline, _INTRO, *_ROWS, _NOTE])).metadata
    return meta.author, meta.credits


def test_a_role_word_and_a_name_after_a_dates_bar_are_the_author() -> None:
    # (an office before the name, or a role word and its colon: the person posted it)
    assert _meta("2026年12月17日　｜　教務主任 陳美玲")[0] == "陳美玲"
    assert _meta("发布：2026年12月15日　｜　负责人：王志明")[0] == "王志明"


def test_credits_after_an_outlet_and_a_date_set_apart_by_bars() -> None:
    # (the outlet first, the date, then the credits: 某協會｜date｜撰文：X　審稿：Y)
    author, credits = _meta("光電推廣協會｜2026年12月20日｜撰文：林雅婷　審稿：陳志明")
    assert author == "林雅婷"
    assert {name for _, name in credits} == {"林雅婷", "陳志明"}


def test_a_hotline_label_over_the_masthead_names_no_site() -> None:
    # (a contact row's label, 订货热线 / WhatsApp：…, is no site's name; the masthead below is)
    text = "\n".join(
        [
            "📞 订货热线 / WhatsApp：012-338 1234　｜　Facebook：福利面厂",
            "首页　产品　批发价格　关于我们　联络我们",
            "福利面厂",
            "FOOK LEE NOODLE FACTORY",
            "2027年批发价格表（餐馆适用）",
            "发布：2026年12月15日　｜　负责人：王志明",
            _INTRO,
            *_ROWS,
            _NOTE,
            "© 2026 福利面厂 Fook Lee Noodle Factory Sdn. Bhd. 版权所有",
        ]
    )
    assert clean(text).metadata.source == "福利面厂"


_LAST = "如对以上安排有疑问，可于办公时间内到服务中心查询，我们会尽快答复。"
_TAIL = ["上一篇：寒假班开班时间安排", "下一篇：元旦假期停课的通知", "© 2026 某某教育 版权所有"]


def _tail_kept(line: str, above: tuple[str, ...] = ()) -> list[str]:
    return kept_lines("\n".join(["退费政策", _INTRO, _NOTE, _LAST, *above, line, *_TAIL]))


def test_a_callout_naming_the_site_and_asking_the_reader_under_the_article_goes() -> None:
    # (a label's callout or the site naming itself, asking outright and naming itself as 本X)
    for line in (
        "温馨提示：近期有人冒充本校职员要求家长转账，本校退费只经原支付渠道办理，请家长提高警惕。",
        "本會為非營利團體，課程收入用於場地租金。若您喜愛本會活動，誠邀您成為贊助會員，年費US$100。",
    ):
        kept = _tail_kept(line)
        assert same(line) not in kept
        assert same(_LAST) in kept


def test_the_articles_own_closing_rule_stays() -> None:
    # (a notice's last rule asks the reader too, but opens as no callout and no site)
    for line in (
        "如有疑问，请致电本校教务处，我们会尽快回复。",
        "本會將於明年一月進行冬季普查，歡迎有經驗的會員報名。",
    ):
        assert same(line) in _tail_kept(line)


def test_a_plea_after_the_print_bar_goes() -> None:
    # (the print and close buttons end the notice: a courtesy plea under them is the site's)
    line = "乘车请主动让座，文明出行从我做起。车厢内请勿饮食、勿大声喧哗，共同维护良好的乘车环境。"
    kept = _tail_kept(line, ("某某公交集团", "2026年12月19日", "【打印本页】【关闭窗口】"))
    assert same(line) not in kept
    assert same(_LAST) in kept


def test_a_bracketed_offer_under_the_article_goes() -> None:
    line = "【聖誕優惠】12月內報讀任何新學期課程，即送樂理補習兩堂！"
    kept = _tail_kept(line)
    assert same(line) not in kept
    assert same(_LAST) in kept
