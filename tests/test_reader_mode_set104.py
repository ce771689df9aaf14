"""Reader mode on the shapes held-out page set 104 showed: a one-word head
over a run of count rows (數字 / 收到課本：212本 / 收到作業本、字典及讀物：86本 /
換出：241本 / 剩下：…), where a row's label runs past eight characters, is
the recap's tally, kept whole between its paragraphs."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.markup_headings import heading_title
from reader.core.meta_records import Hints

_TALLY = "\n".join(
    (
        "社区旧衣回收日小记",
        "十月五日星期六上午，居委会在小区广场办了第三次旧衣回收，九点不到就有居民提着袋子来排队。",
        "志愿者分成三组，一组登记，一组分拣，一组搬运，一直忙到中午。",
        "",
        "统计",
        "收到衣物：318件",
        "收到鞋子、书包及文具用品：74件",
        "送出：290件",
        "剩下：102件，转给街道的社区服务中心",
        "",
        "最受欢迎的是冬天的厚外套，十点半就被领光了。",
        "有位老人家把老伴留下的几件大衣洗得干干净净送来，说放在柜子里可惜。",
    )
)


def test_a_tally_with_a_long_label_stays_with_its_head() -> None:
    kept = kept_set(_TALLY)
    for line in ("统计", "收到衣物：318件", "收到鞋子、书包及文具用品：74件", "送出：290件"):
        assert same(line) in kept


def _recap(byline: str) -> str:
    return "\n".join((_TALLY.split("\n")[0], byline, *_TALLY.split("\n")[1:]))


def test_a_role_name_and_deed_before_the_date_name_the_writer() -> None:
    meta = clean(_recap("社区志愿者 林美玲 撰文｜2029年10月6日｜阅读 204")).metadata
    assert (meta.author, meta.date) == ("林美玲", "2029-10-06")
    assert "林美玲" in {name for _, name in meta.credits}
    meta = clean(_recap("林美玲 撰文｜2029年10月6日｜阅读 204")).metadata
    assert (meta.author, meta.source) == ("林美玲", None)  # (the deed is no outlet)


_LETTER = "\n".join(
    (
        "老店搬家，多谢街坊",
        "各位街坊、各位老朋友：",
        "我是阿珍，面包铺的第二代。下个月我们要搬到对面街的新铺，旧铺的租约到期了。",
        "新铺比旧铺小一点，但烤炉会一起搬过去，味道不会变。",
        "多谢大家二十年来的照顾。",
        "阿珍 上",
        "你收到这封电邮，是因为你登记成为会员。取消订阅",
    )
)


def test_a_letter_signed_with_a_name_and_its_closing_is_by_that_name() -> None:
    meta = clean(_LETTER).metadata
    assert meta.author == "阿珍"
    assert "阿珍" in {name for _, name in meta.credits}


def test_no_salutation_or_a_group_signing_names_no_writer() -> None:
    assert clean(_LETTER.replace("各位街坊、各位老朋友：\n", "")).metadata.author is None
    assert clean(_LETTER.replace("阿珍 上", "全体员工 敬上")).metadata.author is None


_COURT = "\n".join(
    (
        "青岚县人民法院",
        "网站首页　法院概况　审务公开　诉讼服务　联系我们",
        "青岚县人民法院2029年3月4日至8日开庭公告",
        "发布日期：2029-02-28　来源：民一庭　点击数：203",
        "根据《中华人民共和国民事诉讼法》的规定，本院定于下列时间公开开庭审理以下案件：",
        "3月4日（星期一）",
        "09:30　第二法庭　（2029）青0521民初118号　买卖合同纠纷　原告赵某诉被告孙某",
        "旁听人员须凭本人有效身份证件于开庭前三十分钟到诉讼服务中心登记，额满即止。",
        "主办：青岚县人民法院　备案号：0000000号",
    )
)


def test_a_courts_division_in_the_source_field_leaves_the_court() -> None:
    assert clean(_COURT).metadata.source == "青岚县人民法院"
    # (a division's ending on another body's page is not read as the court's: the field stands)
    other = _COURT.replace("青岚县人民法院", "青岚县文化馆").replace("民一庭", "青岚县法院民一庭")
    assert clean(other).metadata.source == "青岚县法院民一庭"


_DIARY = "\n".join(
    (
        "[首页](https://example.sg/) · [日记](https://example.sg/diary/)",
        "# 四月二日，雨：辣椒开花了",
        "*林秀英｜2029年4月2日｜阳台小园*",
        "早上下了一阵雨，我等雨停了才去阳台看辣椒。",
        "第一朵花开在最低那根枝上，白色的，很小，要蹲下来才看得见。",
        "去年种的那盆一直不开花，今年换了大一点的盆，果然不一样。",
    )
)


def test_a_clips_author_field_holding_the_blogs_name_beside_the_writer() -> None:
    meta = clean(_DIARY, hints=Hints(author="阳台小园")).metadata
    assert (meta.source, meta.author) == ("阳台小园", "林秀英")


def test_a_writers_name_with_a_title_in_the_row_stays_the_markups_person() -> None:
    text = _DIARY.replace("*林秀英｜2029年4月2日｜阳台小园*", "林秀英｜园艺导师 · 2029年4月2日")
    assert clean(text, hints=Hints(author="林秀英")).metadata.author == "林秀英"


def test_the_heading_over_the_byline_beats_a_title_the_page_never_shows() -> None:
    hints = Hints(title="阳台种辣椒两年，今年终于开花结果", author="阳台小园")
    assert clean(_DIARY, hints=hints).metadata.title == "四月二日，雨：辣椒开花了"
    # (the page showing the markup's title in its head: the markup's title stands)
    shown = _DIARY.replace("[首页]", "阳台种辣椒两年，今年终于开花结果\n[首页]")
    assert clean(shown, hints=hints).metadata.title == "阳台种辣椒两年，今年终于开花结果"


_NOTICE_HTML = (
    "<html><head><title>3月10日东环路部分路段禁行_交通管制_某市交警</title>"
    '<meta property="og:title" content="马拉松当天东环路跑起来，出行请绕行"></head><body>'
    '<div class="detail"><h2 class="detail-title">关于2029年城市马拉松期间东环路临时交通管制的通告</h2>'
    '<div class="info">发布时间：2029-03-01 09:00</div><p>为保障赛事顺利进行……</p></div></body></html>'
)


def test_a_pages_one_h2_with_no_h1_words_the_teaser_afresh() -> None:
    teaser = "马拉松当天东环路跑起来，出行请绕行"
    assert heading_title(teaser, _NOTICE_HTML)[1] == "关于2029年城市马拉松期间东环路临时交通管制的通告"
    # (a page with an <h1> of its own besides: the <h2> is a section's, the og:title stands)
    with_h1 = _NOTICE_HTML.replace('<div class="detail">', '<h1>出行提示</h1><div class="detail">')
    assert heading_title(teaser, with_h1)[1] == teaser


_PORTAL = "\n".join(
    (
        "某某新村社区网",
        "首页　村务公告　社区活动　联络我们",
        "某某新村一月份垃圾收集时间调整",
        "发布日期：2029年1月3日　浏览：512",
        "一月份起，本村垃圾收集时间调整如下，请各住户留意。",
        "星期一、三、五：早上七点，第1至第5巷。",
        "星期二、四、六：早上七点，第6至第10巷。",
        "大型家具请另外预约，不要放在路边。",
        "本网所载公告由各单位提供，本网仅协助转载，内容如有出入，以村委会布告栏为准。",
        "【广告】阿强搬家服务，住家、店屋、工厂，一通电话即到！WhatsApp 016-000 1234",
        "留言（2）",
        "teh_tarik_kaw：第11巷呢？我们这边上个月都没有人来收，垃圾堆到门口了。",
        "村委会环境组 回复：第11巷跟第10巷同一天收，已通知承包商，下星期起照常。",
        "相关公告：某某新村十二月份垃圾收集时间表",
        "© 2029 某某新村社区网 版权所有",
    )
)


def test_the_sites_repost_terms_over_a_comment_thread_go() -> None:
    kept = kept_set(_PORTAL)
    assert same("本网所载公告由各单位提供，本网仅协助转载，内容如有出入，以村委会布告栏为准。") not in kept
    assert same("大型家具请另外预约，不要放在路边。") in kept


_BLOG_END = "\n".join(
    (
        *_DIARY.split("\n"),
        "明天打算再施一次肥，看看能不能多开几朵。",
        "> 本博客所记养花经验，纯属个人做法，仅供参考，用药前请先咨询园艺店。",
        "**2 条留言**",
        "**小美**：我家的辣椒也是只开花不结果，要不要人工授粉？",
        "**林秀英**：要的，早上用小毛笔把花粉扫一扫就可以。",
    )
)


def test_a_blogs_note_on_itself_that_disclaims_goes() -> None:
    kept = kept_set(_BLOG_END)
    assert same("> 本博客所记养花经验，纯属个人做法，仅供参考，用药前请先咨询园艺店。") not in kept
    assert same("本博客所记养花经验，纯属个人做法，仅供参考，用药前请先咨询园艺店。") not in kept
    assert same("明天打算再施一次肥，看看能不能多开几朵。") in kept


def test_the_terms_of_the_pages_own_offer_go() -> None:
    text = "\n".join(
        (
            *_LETTER.split("\n")[:-1],
            "会员专享：本月内订做蛋糕，免费加写祝福语一份（每人限一次）。",
            "以上优惠不适用于已付订金的订单，阿珍面包保留最终决定权。",
            _LETTER.split("\n")[-1],
        )
    )
    kept = kept_set(text)
    assert same("以上优惠不适用于已付订金的订单，阿珍面包保留最终决定权。") not in kept
    assert same("多谢大家二十年来的照顾。") in kept
