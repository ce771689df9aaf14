"""Reader mode on the shapes the thirty-fourth held-out set showed: readers'
comments that run into the page's next block (related cases)."""

from __future__ import annotations

from cleaning_support import kept_lines, same
from reader.core.cleaning import clean
from reader.core.metadata import parse_meta_line

_MENU = "首頁　報告　領養　義工　捐款　登入"
_FOOT = "© 2026 Example Pets　私隱政策　使用條款"
_BODY = [
    "我哋屋企隻貓前晚喺屋企附近走失咗，佢好怕陌生人，見到佢請唔好追，記住時間地點之後即刻聯絡我哋。",
    "佢全身白色，尾巴有少少黑毛，戴住藍色頸帶，頸帶上面有鈴鐺，行路嗰陣會有聲，好易認出嚟。",
]
_COMMENTS = [
    "小儀媽咪：已經分享咗去沙田區嘅街坊群組，希望雪糕快啲返屋企🙏",
    "Shatin Runner：今朝六點幾喺城門河邊跑步都留意咗，暫時未見到，聽朝再去睇吓。",
    "雪糕家人：多謝大家！昨晚喺巴士站附近放咗佢嘅墊同食物，今朝唔見咗啲食物，但唔知係咪佢食。",
    "Wing：建議去附近嘅動物診所問下，有時會被人執咗送過去。",
]


def test_comments_running_into_a_related_block_go() -> None:
    # (under the comments, a related block, then the site's prose appeal: the
    # posts are no less comments for the prose further down)
    text = "\n".join(
        [
            "貓貓守望 CatWatch",
            _MENU,
            "【尋貓】沙田走失白貓「雪糕」，重酬尋回",
            "發佈：2026年3月4日 21:08　編號：LC-26-0012",
            "主人：May Lee",
            *_BODY,
            "基本資料",
            "名字：雪糕",
            "毛色：全白",
            "最後出現：3月3日 20:30　大圍近巴士站",
            "如有消息請WhatsApp 6000 0000（May），成功尋回必定答謝HK$1,000。",
            "留言（4）",
            *_COMMENTS,
            "相關個案",
            "大埔走失柴犬「波波」（已尋回）",
            "火炭走失貴婦狗「Coco」",
            "貓貓守望係一個由義工營運嘅非牟利平台。我哋唔會收取任何刊登費用，如你想支持我哋繼續運作伺服器同印製海報，"
            "歡迎按此捐款，每一分錢都會用喺幫助走失毛孩回家。",
            "© 2026 貓貓守望 CatWatch　私隱政策　使用條款",
        ]
    )
    kept = kept_lines(text)
    assert all(same(line) in kept for line in _BODY)
    assert not any(same(line) in kept for line in _COMMENTS)


def test_a_share_row_under_its_own_label_goes() -> None:
    # (the bar's label is its own words, 分享這篇食譜：, not 分享至)
    share = "分享這篇食譜：Facebook　WhatsApp　Telegram"
    text = "\n".join([_MENU, "【食譜】蘿蔔糕", _BODY[0], share, _BODY[1], _FOOT])
    kept = kept_lines(text)
    assert same(share) not in kept
    assert all(same(line) in kept for line in _BODY)


def test_who_posted_a_notice_is_its_author() -> None:
    # (a notice board's row: the date, the unit that issues it, and the one who
    # posted it, with their post before the name)
    text = "\n".join(
        [
            "某某花園管理委員會",
            "社區公告　｜　會議紀錄　｜　公設預約　｜　報修登記",
            "社區公告",
            "B棟電梯年度保養施工公告",
            "公告日期：115年3月2日　公告單位：管理委員會　張貼人：總幹事 林志明",
            *_BODY,
            _FOOT,
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "林志明"


def test_an_owner_posting_their_case_is_its_author() -> None:
    # (the owner's row under the case's meta row, a status after the name)
    text = "\n".join(
        [
            "貓貓守望 CatWatch",
            _MENU,
            "【尋貓】走失白貓「雪糕」",
            "發佈：2026年3月4日 21:08　編號：LC-26-0012",
            "主人：May Lee（已核實）",
            *_BODY,
            _FOOT,
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "May Lee"
    assert ("主人", "May Lee") in meta.credits


def test_a_box_rows_event_day_is_not_the_pages_date() -> None:
    # (a record's box of fields under its headline: the defence day's row, then the
    # publishing day's; the page's date is the one it was published on)
    text = "\n".join(
        [
            "某某大学学位论文库",
            "城市公园使用强度的时空差异研究",
            "作者\t李小雨",
            "学位类别\t理学硕士",
            "答辩日期\t2026-05-20",
            "发布日期\t2026-10-12",
            "城市公园是居民日常休闲的重要场所，但不同公园的使用强度在一天之中和一年之中如何变化，目前仍缺乏细致的定量研究。",
            "本文以某市中心城区的四十个公园为对象，结合手机信令数据与现场观察，分析了工作日与周末、夏季与冬季的使用差异。",
            "© 2026 某某大学图书馆",
        ]
    )
    assert clean(text).metadata.date == "2026-10-12"
    assert parse_meta_line("答辩日期 2026-05-20", "答辩日期 2026-05-20") is None


def test_a_signed_in_row_and_a_notices_posting_period_go() -> None:
    # (the app's row of who is signed in, its way out last; and the notice's own
    # note on how long it stays posted, under its last paragraph)
    signed_in = "住戶您好，您目前以 C棟3F 身分登入　[登出]"
    period = "本公告張貼期間至116年3月31日止，請勿撕毀。"
    text = "\n".join(
        [
            "某某花園管理委員會",
            "社區公告　｜　會議紀錄　｜　公設預約　｜　報修登記",
            signed_in,
            "社區公告",
            "B棟電梯年度保養施工公告",
            _BODY[0],
            _BODY[1],
            period,
            _FOOT,
        ]
    )
    kept = kept_lines(text)
    assert same(signed_in) not in kept
    assert same(period) not in kept
    assert all(same(line) in kept for line in _BODY)


def test_a_sites_statement_over_its_address_row_goes() -> None:
    # (the club's statement, one paragraph of its own under it, then its address row:
    # a row that ends in no sentence is no paragraph of the article's below the statement)
    statement = "以上資料由主辦單位提供，如有差異以官方公布為準。本會為非牟利團體，不作任何轉售。"
    appeal = "歡迎各位朋友於每個週六下午親臨會址參觀交流，我們的義工屆時會為大家詳細介紹本月的各項活動安排。"
    address = "會址：某某街8號2樓　週六及週日 14:00—18:00 開放"
    text = "\n".join([_MENU, "本月活動預告", *_BODY, statement, appeal, address, _FOOT])
    kept = kept_lines(text)
    assert same(statement) not in kept
    assert all(same(line) in kept for line in _BODY)


def test_a_press_releases_statement_about_itself_goes() -> None:
    # (the release names itself as the page does: 本新闻稿…概不负责 is the issuer's terms, not news)
    statement = "本新闻稿由保荐人审阅，交易所对本新闻稿的内容概不负责。"
    body = [
        "某某集团今日公布第一季度业绩，营收比去年同期增长百分之八点六，主要得益于物流业务新增两个客户。",
        "集团预计原材料价格和人工成本仍将面对上行压力，但物流业务的订单已排到明年第二季度。",
    ]
    kept = kept_lines("\n".join(["关于我们　新闻中心　联系我们", "某某集团公布第一季度业绩", *body, statement, _FOOT]))
    assert same(statement) not in kept
    assert all(same(line) in kept for line in body)
