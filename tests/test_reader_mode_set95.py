"""Reader mode on the shapes held-out page set 95 showed: a short Markdown
heading another file of the folder also has (## 材料) over a pipe table of the
page's own is the text's structure, not the site's template."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.folding import fold
from reader.core.line_features import template_key
from reader.core.metadata import Hints, parse_meta_line
from reader.core.site_statements import is_site_statement
from reader.core.support_appeals import support_appeal

_COSTS = (
    "# 我在阳台上种了一年的番茄",
    "去年春天，我在十二楼的阳台上摆了六个花盆，想试试自己能不能种出一季番茄来。",
    "## 开销",
    "| 项目 | 数量 | 价钱 |",
    "|---|---|---|",
    "| 花盆 | 6个 | S$48 |",
    "| 培养土 | 4包 | S$36 |",
    "| 番茄苗 | 8株 | S$16 |",
    "| 竹竿、绑绳、有机肥料 | — | S$25 |",
    "| **合计** | | **S$125** |",
    "一年下来一共收了三公斤多番茄，算下来比在巴刹买的贵了好几倍，可是自己种的就是甜。",
)


def test_a_markdown_heading_other_files_share_over_its_own_pipe_table_stays() -> None:
    # (another page of the folder has its own ## 开销; the table under this one is this page's)
    template = {template_key("## 开销")}
    text = "\n".join(_COSTS)
    assert same("## 开销") in {same(p) for p in clean(text, template).paragraphs}
    # (a site's block recurs whole: with its table's head in other files, the heading goes)
    template |= {template_key(row) for row in _COSTS[3:5]}
    assert same("## 开销") not in {same(p) for p in clean(text, template).paragraphs}


def test_a_date_then_the_writer_then_a_comment_count_names_the_writer() -> None:
    # (the count after the name is no column: the name before it wrote the post)
    for line in ("2030年2月9日 · 林慧珊 · 12 条留言", "2030-02-09 · 林慧珊 · 阅读 320"):
        meta = parse_meta_line(line, fold(line))
        assert meta is not None and meta.author == "林慧珊" and meta.date == "2030-02-09", line
    # (a column's label before the count is still no writer)
    meta = parse_meta_line("2030-02-09 · 生活随笔 · 3 条评论", fold("2030-02-09 · 生活随笔 · 3 条评论"))
    assert meta is not None and meta.author is None


_BLOG = (
    "# 第一次学包粽子，我把米撒了一地",
    "2030年6月2日 · 林慧珊 · 3 条留言",
    "端午节前一个星期，我跟着楼下的阿姨学包粽子，她包了四十年，一只手就能把粽叶折成漏斗。",
    "我包的第一个粽子，绳子还没绑好，米就从底下漏了出来，撒了一地。阿姨笑着说，第一次都是这样的。",
    "煮了三个小时以后，十二个粽子里只有五个没有散开，可是全家人都说好吃。",
    "**你可能也喜欢**",
    "- [第一次学做月饼，我把模具敲裂了](https://blog.example/2029/09/mooncake/)",
    "### 3 条留言",
    "**Kevin L.** 2030年6月3日 09:12",
    "看起来很好吃！请问是咸的还是甜的？",
    "**林慧珊** 2030年6月3日 12:40",
    "> 回复 Kevin：咸的，里面有咸蛋黄和五花肉。",
)


def test_a_commenters_name_and_time_below_the_post_are_not_the_posts() -> None:
    meta = clean("\n".join(_BLOG)).metadata
    assert meta.author == "林慧珊"
    assert meta.date == "2030-06-02"
    assert meta.source != "L."


_REVIEW = (
    "燈一暗，戲台就亮了——評青禾劇團《渡口》",
    "劇評人：林若凡 / 2030.03.14",
    "三月中的台南，晚上七點半，老戲院前的騎樓已經排起了長長的人龍，不少人是專程從外縣市趕來的。",
    "青禾劇團是一個成立了十多年的業餘劇團，團員白天各有工作，晚上才聚在一起排練，這一次是他們第一次售票公演。",
)


def test_a_role_and_name_then_a_slash_and_the_date_name_the_writer() -> None:
    # (a slash between spaces parts a byline's fields as a bar does: 評論人：X | date)
    meta = clean("\n".join(_REVIEW)).metadata
    assert meta.author == "林若凡"
    assert meta.date == "2030-03-14"
    assert ("劇評人", "林若凡") in meta.credits


_CARRIED = (
    "守了三十年渡口，老王要和最后一班渡船告别",
    "2030-04-02 09:15 来源：江城晚报 记者 王晓峰 通讯员 刘志刚",
    "早上六点半，渡口的汽笛响了第一声，五十八岁的王德福解开缆绳，把第一批赶早市的乡亲送到对岸。",
    "这条渡线已经开了六十多年，下个月大桥通车以后，渡船就要停航了，王德福也将是这条线上最后一名船工。",
)


def test_a_source_field_before_its_reporters_names_the_paper_over_the_portal() -> None:
    # (来源：X then the reporters: the field names the paper the portal carried the story from)
    meta = clean("\n".join(_CARRIED), hints=Hints(source="江城网")).metadata
    assert meta.source == "江城晚报"
    assert meta.author == "王晓峰"


_NOTICE = (
    "云州市南岭区人民政府",
    "首页　政务公开　政务服务　互动交流　走进南岭",
    "当前位置：首页 > 政务公开 > 通知公告",
    "南岭区2030年暑期青少年游泳安全培训安排的通告",
    "发布时间：2030-06-12 09:30　来源：区文化和旅游局　浏览次数：842　字号：[大 中 小]",
    "为提高我区青少年防溺水意识和自救能力，区文化和旅游局会同区教育局定于7月1日至7月20日在全区三个公共游泳馆开展暑期游泳安全培训，现将有关事项通告如下：",
    "一、培训对象为全区8至14周岁的中小学生，每人限报一期，每期十天，名额有限，报满即止。",
    "二、培训费用全免，学员须自备泳衣、泳帽和泳镜，并由家长陪同到场签到。",
    "特此通告。",
    "南岭区文化和旅游局　　南岭区教育局",
    "2030年6月12日",
)


def test_a_short_source_field_takes_its_full_name_from_a_two_body_sign_off() -> None:
    # (来源：区文化和旅游局 on the city's district portal; the sign-off writes it whole beside the co-signer)
    meta = clean("\n".join(_NOTICE)).metadata
    assert meta.source == "南岭区文化和旅游局"


_THREAD = (
    "【心得分享】第一次自己報稅，從準備文件到送出全記錄",
    "樓主：河邊的狗　發表於 2030-4-10 22:15　查看：1,024　回覆：3",
    "1#",
    "來美國第五年，今年第一次不找會計師，自己上網報稅。整理一下流程和踩過的坑，給之後第一次自己報的人參考。",
    "最麻煩的是找齊所有表格，公司的W-2、銀行的利息單、還有去年搬家留下的一張收據，前前後後找了一個星期。",
    "真正填表只花了兩個晚上，送出之後三個星期就收到退稅，比想像中簡單很多。",
    "支持(8)　反對(0)　收藏　分享",
    "2#　sunnyvale_amy",
    "我去年也是自己報的，州稅那部分比聯邦稅麻煩多了，要特別注意搬家那一年的收入怎麼分。",
    "3#　河邊的狗",
    "回覆 2# sunnyvale_amy：對，我就是州稅那邊多填了兩個晚上。",
    "快速回覆需先登入",
)


def test_replies_opened_by_a_floor_then_its_mark_and_the_poster_go() -> None:
    # (2#　name: the floor's mark after its number, as #2 name is before it)
    kept = {same(p) for p in clean("\n".join(_THREAD)).paragraphs}
    for line in _THREAD[7:11]:
        assert same(line) not in kept, line
    assert same(_THREAD[5]) in kept


def test_a_later_sentence_that_puts_the_piece_to_the_reader_and_asks_is_the_sites_appeal() -> None:
    appeal = "山風書評不收出版社的錢，每一篇書評都由讀者的小額訂閱支撐。如果你覺得這篇評論有用，歡迎成為我們的訂閱者。"
    assert support_appeal(appeal)
    # (a condition in the article's own last words, on its subject, asks nothing of the page)
    assert not support_appeal("館主說明年還會再辦一次，地點不變。如果天氣好，他們想把戲台搭到河邊去，讓更多人聽見。")


_ESSAY = (
    "一間書店的最後一個冬天",
    "撰文：陳柏安 / 2030.01.18",
    "巷口那間舊書店要收了。老闆說租約到三月，之後這裡會變成一家手搖飲料店，他已經把最後一批書裝進了紙箱。",
    "我在那裡買過的第一本書是一本翻爛了的詩集，書頁裡還夾著上一個主人寫的購物清單，我一直沒有拿掉。",
    "最後一天，老闆把門口的招牌拆下來，說要帶回家掛在客廳。",
    "陳柏安，退休中學教師，住在台中，喜歡在舊書店裡找別人留下的字條。",
    "標籤：書店 台中 散文",
)


def test_the_bylines_writer_then_who_they_are_under_the_text_is_a_note_on_the_writer() -> None:
    kept = kept_set("\n".join(_ESSAY))
    assert same(_ESSAY[5]) not in kept
    assert same(_ESSAY[4]) in kept
    # (a last paragraph opening with someone else's name is the story's)
    other = (*_ESSAY[:5], "老闆，六十八歲，守著這間店整整四十年，說自己最捨不得的是門口那張木頭長椅。", _ESSAY[6])
    assert same(other[5]) in kept_set("\n".join(other))


def test_a_note_that_the_piece_was_written_on_its_own_is_the_sites_statement() -> None:
    # (the site's word that whoever invited the writer had no say: as 内容由本刊独立采编 is)
    assert is_site_statement("本文作者應劇團之邀觀賞首演，評論內容由作者獨立撰寫，劇團未曾過目。")
    assert is_site_statement("本文作者受邀参加试驾活动，内容由作者独立撰写。")
    # (a story's sentence on someone writing on their own names no page)
    assert not is_site_statement("她後來獨立撰寫了三本關於北管的書，每一本都親自跑遍了鹿港的館閣。")
