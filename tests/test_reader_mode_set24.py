"""Reader mode on the shapes the twenty-fourth held-out set showed: result
rows ending in a labelled figure, an item of a list kept by its siblings, a
table's caption, a row of buttons and a blog's header over the post, and
the boxes after a notice's sign-off."""

from __future__ import annotations

from pathlib import Path

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.corpus import load_article
from reader.core.model import Article

STORY = [
    "本周六，协会联合市应急管理局举办年度应急通信演练，并同步开展短波通联竞赛，全市共有四十多个电台参加。",
    "下午的竞赛在两个波段进行，限时三小时，参赛电台按通联数量和所在地区计分，成绩经裁判组核对后公布。",
]
CLOSING = "有关负责人在总结时表示，业余电台是公网中断时的重要补充，颁奖仪式将于下月年会上举行，获奖者将获得证书。"
RESULTS = [
    "竞赛成绩",
    "个人组",
    "1　BG4AAA　陈大文　QSO 386　得分 1,158",
    "2　BD4BBB　柳小芸　QSO 342　得分 1,026",
    "3　BH4CCC　石浩然　QSO 297　得分 891",
    "集体组",
    "1　BY4DD　协会集体电台　QSO 514　得分 1,542",
    "新会员组",
    "1　BG4EEE　何一帆　QSO 118　得分 354",
]


def test_result_rows_ending_in_a_labelled_figure_stay_with_their_heads() -> None:
    kept = kept_set("\n".join(["短波通联竞赛成绩公布", *STORY, *RESULTS, CLOSING]))
    assert [row for row in RESULTS if same(row) not in kept] == []


def test_an_item_of_a_list_under_a_label_stays_with_the_kept_items() -> None:
    ways = ["收聽方法：", "AM 1388", "本台手機程式（App Store、Google Play）", "官方網站網上直播"]
    story = [
        "本台冬季節目表將於下月起生效，今季最大變動，是週末早上新增一小時長者熱線節目，方便年長聽眾來電。",
        "新節目由資深社工主持，每集邀請一位家庭醫生或藥劑師做客，即場解答聽眾來電，聽眾亦可預先以電郵提問。",
    ]
    kept = kept_set("\n".join(["本台冬季節目表下月起生效", *story, *ways]))
    assert [row for row in ways if same(row) not in kept] == []


def test_a_field_gone_for_a_phrase_stays_beside_its_sibling_field() -> None:
    fields = ["预约渠道：“某某陵园”微信公众号—服务大厅—祭扫预约", "预约时段：每日7:00—9:00、9:00—11:00"]
    story = [
        "冬至前后两个周末为祭扫高峰，预计单日入园人数将超过两万人次，为保障祭扫安全有序，现将有关事项公告如下。",
        "十二月十二日至二十七日期间，所有祭扫人员须提前预约，凭预约码入园，每个预约码限四人。",
    ]
    rules = "年满七十周岁老人及持证残疾人可由家属代为预约，入口处设绿色通道，请市民提前安排行程。"
    kept = kept_set("\n".join(["关于冬至祭扫实行预约入园的公告", *story, *fields, rules]))
    assert [row for row in fields if same(row) not in kept] == []


def test_a_row_of_a_parts_list_stays_beside_its_kept_siblings() -> None:
    parts = ["更換零件", "發條　1條（1.10 × 0.10 × 300mm）", "擺軸　1支（舊存原裝料）", "錶帶　1條（啡色小牛皮）"]
    story = [
        "上星期有位客人拎住一隻舊錶嚟到檔口，話係佢阿爺留低嘅，上鏈上到一半就再冇反應，想修返好戴住去拜山。",
        "打開後蓋一睇，係一隻六十年代嘅手上鏈機芯，發條斷咗喺近中心位，擺軸上軸尖亦磨損咗，要換零件。",
    ]
    closing = "裝返之後上校錶機，走時每日快四秒，以一隻六十年歷史嘅錶嚟講，已經好滿意，客人即刻戴上。"
    kept = kept_set("\n".join(["六十年代手上鏈錶大修紀錄", *story, *parts, closing]))
    assert [row for row in parts if same(row) not in kept] == []


TABLE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>火鍋配料價格調查</title></head><body>
<article><h1>火鍋配料價格調查</h1>
<p>冬至將至，本會到本澳十二間超級市場調查二十八款常見火鍋配料的售價，結果顯示六成貨品較去年上升。</p>
<p>同一款貨品在不同店舖的差價亦相當明顯，以同一品牌四百克裝魚蛋為例，最低與最高售價相差近一倍。</p>
<h2>部分貨品價格比較</h2>
<table>
<tr><th>貨品</th> <th>規格</th> <th>最低價</th> <th>最高價</th></tr>
<tr><td>肥牛片</td> <td>500克</td> <td>48.0</td> <td>69.9</td></tr>
<tr><td>魚蛋</td> <td>400克</td> <td>18.9</td> <td>35.5</td></tr>
</table>
<h2>本會建議</h2>
<p>購買前多作比較，留意急凍食品的包裝是否完整，購買散裝食品時應要求商戶即場過秤。</p>
</article></body></html>
"""


def test_a_tables_caption_stays_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(TABLE_PAGE, encoding="utf-8")
    article = load_article(path, tmp_path)
    assert isinstance(article, Article)
    kept = [same(p) for p in article.paragraphs]
    assert [row for row in ["部分貨品價格比較", "魚蛋 400克 18.9 35.5"] if same(row) not in kept] == []


NOTICE = [
    "2027年元旦及春节期间收派服务安排公告",
    "发布：某某速运客户服务中心　2026年11月30日 14:00",
    "元旦、春节将至，为保障节日期间快件寄递安全有序，某某速运将对部分地区的收派服务进行调整，具体安排如下。",
    "春节期间全国网点正常收派，部分乡镇网点派送时效顺延一天，偏远地区二月三日起暂停派送，二月十一日起逐步恢复。",
    "由此给您带来的不便，敬请谅解，感谢您一直以来的信任与支持，祝您新年快乐、阖家安康！",
]


def test_a_row_of_buttons_under_the_cookie_notice_is_no_title() -> None:
    head = [
        "寄件 ｜ 查件 ｜ 运费时效查询 ｜ 登录/注册",
        "某某速运 Moumou Express",
        "我们使用Cookie来改善您的浏览体验。继续浏览本网站即表示您同意我们按照《隐私政策》使用Cookie。",
        "接受全部　仅必要Cookie",
    ]
    cleaned = clean("\n".join([*head, *NOTICE]))
    assert cleaned.metadata.title == NOTICE[0]
    assert "接受全部" not in "".join(cleaned.paragraphs)


def test_the_boxes_after_a_notices_sign_off_go() -> None:
    sign_off = ["某某速运", "2026年11月30日"]
    boxes = ["运单号查询", "请输入运单号，多个单号请用逗号隔开", "其他公告"]
    footer = "© 2026 某某速运有限公司 版权所有"
    text = "\n".join(["某某速运 Moumou Express", "首页　产品服务　关于我们", *NOTICE, *sign_off, *boxes, footer])
    kept = kept_set(text)
    assert [row for row in boxes if same(row) in kept] == []
    assert same(NOTICE[-1]) in kept
    # (a text that ends on its own lines, no footer: what follows the sign-off is the notice's)
    cc = "副本送：某某办事处"
    assert same(cc) in kept_set("\n".join(["某某速运 Moumou Express", *NOTICE, *sign_off, cc]))


def test_a_blogs_header_over_its_date_header_is_no_title() -> None:
    page = [
        "登入　建立網誌　更多",
        "老陳錶房手記",
        "深水埗一個錶檔，三十年來拆過嘅錶同聽過嘅故事",
        "2026年11月26日星期四",
        "六十年代手上鏈錶大修紀錄：一條斷咗嘅發條",
        "上星期有位後生女拎住一隻錶嚟到檔口，話係佢阿爺留低嘅，放咗喺抽屜十幾年，上鏈上到一半就再冇反應。",
        "打開後蓋一睇，係一隻六十年代嘅十七石手上鏈機芯，錶殼有啲花，但機芯保存得幾好，冇入水痕跡。",
    ]
    cleaned = clean("\n".join(page))
    assert cleaned.metadata.title == page[4]
    assert same(page[2]) not in {same(p) for p in cleaned.paragraphs}


def test_a_channel_of_the_sites_menu_beside_the_date_is_no_author() -> None:
    page = [
        "某某街坊福利會 Moumou Kaifong Association",
        "主頁　本會簡介　會務通告　活動相片　長者服務　聯絡我們",
        "會務通告",
        "冬至敬老派米活動通告",
        "會務通告｜發出日期：2026年11月28日",
        "冬至將至，本會一年一度的敬老派米活動將如期舉行，年滿六十五歲之會員可於當日到本會會址領取白米。",
        "行動不便長者可致電本會安排義工送米上門，名額三十個，先到先得，額滿即止，敬請留意。",
        "© 2026 某某街坊福利會　地址：九龍某某街38號地下",
    ]
    assert clean("\n".join(page)).metadata.author is None
