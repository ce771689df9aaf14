"""Reader mode on the shapes the eighty-first held-out set showed: a results
table typed in columns whose rows end in a race time (1　W0077　陆佳琪　0:58:20)
and whose groups' heads carry a note in brackets (女子公开组（9公里，22个检查点）)."""

from __future__ import annotations

from cleaning_support import kept_set, same

_INTRO = "本届环湖越野跑已于上周日举行，共三百余人参赛，经裁判组核对计时芯片数据，现将各组别前三名成绩公示如下："
_AFTER = "公示期为五个工作日，选手对成绩如有异议，请在公示期内致电赛事办公室，并说明参赛号码及姓名，逾期不予受理。"
_TABLE = [
    "长距离组（21公里）",
    "名次\u3000号码\u3000姓名\u3000用时",
    "1\u3000A0112\u3000许文博\u30001:32:08",
    "2\u3000A0047\u3000贺子轩\u30001:35:51",
    "3\u3000A0230\u3000周立群\u30001:38:26",
    "短距离组（8公里，限十六岁以上）",
    "名次\u3000号码\u3000姓名\u3000所属跑团\u3000用时",
    "1\u3000B0309\u3000蒋晓雯\u3000湖畔晨跑\u30000:36:14",
    "2\u3000B0071\u3000邱一帆\u3000个人\u30000:37:02",
    "3\u3000B0198\u3000林婉婷\u3000西山越野\u30000:39:45",
]


def test_result_rows_ending_in_a_race_time_under_bracketed_group_heads_stay() -> None:
    kept = kept_set("\n".join([_INTRO, *_TABLE, _AFTER]))
    assert [row for row in _TABLE if same(row) not in kept] == []


def test_a_counter_over_a_menu_row_between_body_lines_still_goes() -> None:
    # (a head over a menu row, no table under them: nothing vouches for either)
    junk = ["热门赛事（12）", "首页\u3000新闻\u3000赛事\u3000联系"]
    kept = kept_set("\n".join([_INTRO, *junk, _AFTER]))
    assert not kept & {same(row) for row in junk}


_REVIEW = [
    "【實試】新開攀樹中心：導師夠細心，更衣室偏細",
    "上月開幕嘅攀樹中心喺郊野公園入口附近，一共有三條路線，最高嗰條大約十二米，全程有導師睇住，我哋兩個大人一齊去試。",
    "收費",
    "成人 HK$220",
    "小童 HK$160",
    "評分",
    "路線：4/5",
    "導師及安全：4.5/5",
    "設施：3/5",
    "總結",
    "路線唔算難，但導師講解清楚，啱晒第一次攀樹嘅朋友；如果想沖涼換衫，就要預早排隊。",
]


def test_a_score_box_under_the_storys_price_rows_stays_and_so_does_the_summary_under_it() -> None:
    # (評分 / 設施：3/5 read as a counter under the price rows: the box closes the review, its summary is prose)
    tail = ["＊本文為編輯部獨立評測，費用由本刊自付。", "#攀樹 #郊野公園", "分享到 Facebook WhatsApp"]
    kept = kept_set("\n".join([*_REVIEW, *tail]))
    assert [line for line in _REVIEW[1:] if same(line) not in kept] == []  # (the first: the headline)
    # (the marked note on the piece itself, over the share bar, is the site's)
    assert same(tail[0]) not in kept


def test_a_marked_note_that_is_no_word_of_the_piece_on_itself_stays() -> None:
    note = "＊門票價錢以現場公布為準，小童必須由成人陪同。"
    kept = kept_set("\n".join([*_REVIEW[:2], note, "分享到 Facebook WhatsApp"]))
    assert same(note) in kept


_ESSAY = [
    "上个月我第一次带妈妈去坐缆车，她怕高，一路闭着眼睛，到了山顶却说风景比她想象的好，下山时还要自己看。",
    "回家的路上她说，下次要带阿姨一起来，我说好，心里想的是她终于愿意出门了。",
]


def test_a_count_then_comments_heading_over_bold_commenters_with_a_month_and_day_goes() -> None:
    comments = [
        "#### 2 Comments",
        "**小雯** Sep 3",
        "我妈妈也怕高，看完这篇想带她去试试看，谢谢你写下来。",
        "**Jason Lim** Sep 4",
        "最后那一句写得真好。",
    ]
    kept = kept_set("\n".join([*_ESSAY, *comments, "© 2028 某某 · [Privacy](https://substack.com/privacy)"]))
    assert same(_ESSAY[1]) in kept
    assert not kept & {same(line) for line in comments}


def test_a_bold_label_then_a_month_without_a_day_of_its_own_is_no_commenter() -> None:
    from reader.core.comment_posts import COMMENTER

    assert COMMENTER.match("**阿芳** Aug 14")
    assert not COMMENTER.match("**重点** May 5日起开放报名")


def test_a_last_paragraph_naming_the_mastheads_name_and_welcoming_the_readers_word_goes() -> None:
    head = [
        "[![周末信](https://cdn.example/logo.png)](https://weekendletter.example/)",
        "# 第一次带妈妈坐缆车",
    ]
    appeal = "谢谢你读完这一封。周末信每个月寄出两次，如果你也有一段想写下来的家常事，欢迎回信跟我说。"
    tail = ["[Subscribe](https://weekendletter.example/subscribe)", "#### 2 Comments", "**小雯** Sep 3", "写得真好。"]
    kept = kept_set("\n".join([*head, *_ESSAY, appeal, *tail]))
    assert same(_ESSAY[1]) in kept
    assert same(appeal) not in kept


def test_a_reports_last_paragraph_naming_its_outlet_with_a_word_holding_请_stays() -> None:
    # (the outlet's name inside a report's sentence is its reporting, not the site asking its reader)
    lines = [
        "端傳媒 | 首頁 | 香港 | 國際 | 評論",
        "屯門工廈火警 三人送院",
        "屯門一幢工業大廈昨晚發生火警，消防接報後派出多輛消防車到場灌救，火勢於約一小時後受控。",
        "事件中三人吸入濃煙不適，由救護車送往屯門醫院治理，其中一人情況嚴重。消防正調查起火原因。",
        "據端傳媒了解，涉事公司上月才向屋宇署申請改裝工程，至今仍未獲批。",
        "分享到：Facebook WhatsApp",
        "© 端傳媒 版權所有",
    ]
    assert same(lines[4]) in kept_set("\n".join(lines))


def test_a_last_paragraph_welcoming_readers_without_the_sites_name_stays() -> None:
    head = ["[![周末信](https://cdn.example/logo.png)](https://weekendletter.example/)", "# 第一次带妈妈坐缆车"]
    last = "山顶的茶餐厅周末人很多，欢迎大家避开中午去，下山的缆车四点以后也比较空。"
    kept = kept_set("\n".join([*head, *_ESSAY, last, "[Share](https://weekendletter.example/p/1?share)"]))
    assert same(last) in kept


_THREAD = [
    "楓葉華人論壇 MapleChinese",
    "首頁　論壇　二手　租屋　求職",
    "論壇 › 生活 › 親子 › 帶細路去海灘執貝殼，原來要睇潮汐！",
    "查看: 1,532 | 回覆: 17",
    "帶細路去海灘執貝殼，原來要睇潮汐！",
    "海獅爸爸",
    "發表於 2029-2-3 20:15 | 只看該作者",
    "上個禮拜日天氣好，一家人開車去海灘，由屋企出發大約一個半鐘，細路成程都好興奮。",
    "去到先知原來要退潮先見到石灘，我哋等咗成個鐘，不過最後都執到好多貝殼同埋一隻細海星。",
]


def test_a_forum_row_of_counters_over_the_threads_title_goes_whatever_its_first_label() -> None:
    # (查看 first, 回覆 after the bar: the page's counters, however prose-like the crumb above)
    kept = kept_set("\n".join(_THREAD))
    assert same(_THREAD[3]) not in kept
    assert same(_THREAD[-1]) in kept


def test_a_posts_labelled_first_line_under_its_edit_stamp_is_no_site_callout() -> None:
    post = [
        "【改裝】二手七人車改成露營車，跑完一轉大山返嚟講下",
        "查看：9,204　|　回覆：21",
        "樓主　阿強愛露營　發表於 2029-01-13 21:40　只看該作者",
        "本帖最後由 阿強愛露營 於 2029-01-14 08:02 編輯",
        "先講結論：瞓得、煮得、上得山，但唔好諗住舒服。",
        "舊年冬天喺二手車行收咗部七人車，一萬八，行咗八萬公里，車況一般但係引擎冇大修過，底盤都乾淨。",
        "改裝全部係我自己喺停車場搞，斷斷續續整咗三個月，下面係開支清單，俾想自己做嘅朋友參考。",
    ]
    kept = kept_set("\n".join(post))
    assert same(post[4]) in kept
    assert same(post[1]) not in kept


def test_the_first_repliers_name_over_a_bare_posted_row_and_a_dash_led_signature_go() -> None:
    tail = [
        "—— 住喺西區嘅兩仔爺，得閒就周圍去 🚗",
        "回覆　引用　讚好 (12)",
        "袋鼠媽",
        "發表於 2029-2-3 21:02",
        "正呀！我哋上次去都執唔到，原來要等退潮，下次試吓。",
        "阿Ben在墨村",
        "發表於 2029-2-4 08:30",
        "提提大家，保護區入面唔可以帶走貝殼同石頭，罰款好重，睇完影相就放返低。",
        "回覆帖子　返回列表",
    ]
    kept = kept_set("\n".join([*_THREAD, *tail]))
    assert same(_THREAD[-1]) in kept
    assert not kept & {same(line) for line in tail}


def test_a_quotes_source_led_by_a_dash_pair_under_a_post_stays() -> None:
    from reader.core.line_passes import Line
    from reader.core.tail_prose import _mark_signature

    line = Line("——魯迅《故鄉》", None, True)
    _mark_signature(line)
    assert line.reason is None


def test_a_captions_photographer_set_apart_by_a_space_after_its_sentence_is_credited() -> None:
    from reader.core.credit_lines import line_credits
    from reader.core.folding import fold

    caption = "导盲犬带着使用者练习过马路。 摄影 林志远"
    assert line_credits(caption, fold(caption)) == (("摄影", "林志远"),)
    # (no sentence before it: a hobby and a trip, no credit)
    hobby = "我平时喜欢摄影 旅行"
    assert line_credits(hobby, fold(hobby)) == ()
