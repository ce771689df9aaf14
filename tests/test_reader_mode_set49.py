"""Reader mode on the shapes the forty-ninth held-out set showed: a price
list's rows of a word and a bare figure under short heads."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean

_ROWS = ["果蔬类", "土豆 2.35", "白菜 1.20", "番茄 4.60", "肉类", "猪肉 26.00", "牛肉 68.50"]


def test_rows_of_a_word_and_a_bare_figure_under_short_heads_are_the_list() -> None:
    # (the unit stated once in the sentence above; each row looks like a counter)
    text = "\n".join(
        [
            "某某农贸市场",
            "首页 今日菜价 市场公告 联系我们",
            "3月2日农贸市场主要品种零售价格",
            "发布时间：2027-03-02 07:30",
            "今日主要品种零售价格如下，单位：元/斤，以摊位实际标价为准。",
            *_ROWS,
            "干货类",
            "香菇（干） 45元/斤",
            "价格每日早上更新，如有疑问请向市场管理处咨询。",
            "版权所有 © 2027 某某农贸市场",
        ]
    )
    kept = kept_set(text)
    for line in _ROWS:
        assert same(line) in kept, line


def test_the_signers_date_in_chinese_numerals_under_the_sign_off_stays() -> None:
    # (the site's unit signs, its date under it; the page's notes and footer follow)
    text = "\n".join(
        [
            "某某當押 Casa de Penhores Exemplo",
            "主頁｜關於本號｜最新公告｜聯絡",
            "本號端午節期間營業安排公告",
            "2027年5月30日　管理處",
            "各位顧客：",
            "端午節期間，本號營業時間調整如下，敬請留意，並請各位顧客按時辦理續當或贖當手續。",
            "6月1日　休息",
            "6月2日　照常營業",
            "如有查詢，請於營業時間內致電本號。",
            "某某當押 管理處",
            "二〇二七年五月三十日",
            "列印本頁",
            "溫馨提示：本號從不透過電話或短訊要求顧客轉賬，如接獲可疑來電，請即掛線並向警方查詢，切勿因一時心急而招致損失。",
            "地址：澳門某某街xx號地下　電話：(853) 2800 xxxx",
            "© 2027 某某當押 版權所有",
        ]
    )
    kept = kept_set(text)
    assert same("二〇二七年五月三十日") in kept
    assert not any(line.startswith("溫馨提示") for line in kept)


def test_the_poster_with_a_note_on_who_they_are_beside_the_date_and_a_counter_is_the_author() -> None:
    # (发布：name（their role）｜date｜views: the shop's owner posted it)
    text = "\n".join(
        [
            "某某电池行",
            "【2027年2月】电池价格表",
            "发布：林国华（老板）｜2027-02-03 10:05｜浏览 1,204",
            "各位车主好！本月电池价格如下，价格已包括安装和旧电池回收，欢迎比较。",
            "免保养电池 RM260",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "林国华"
    assert meta.date == "2027-02-03 10:05"


def test_the_poster_after_their_office_in_a_row_of_fields_is_the_author() -> None:
    # (發布日期：…　發布者：office name　點閱：…: the office holder posted the notice)
    text = "\n".join(
        [
            "某某宮",
            "丁未年進香團　報名辦法",
            "發布日期：2027-01-11　發布者：總務 許明義　點閱：806",
            "本宮循例於農曆二月舉辦進香，歡迎信眾踴躍報名隨香，名額有限，額滿為止。",
            "報名費：每人新臺幣1,200元",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "許明義"
    assert meta.date == "2027-01-11"


def test_the_title_the_writer_holds_beside_the_date_is_no_source() -> None:
    # (name title date, its read count: a doctor's byline on a health platform; the title is no outlet)
    text = "\n".join(
        [
            "某某健康号",
            "夜班里的一通电话",
            "许文静 儿科主治医师 2027-02-11 08:10 阅读 1.2万",
            "凌晨三点，护士站的电话响了，一位母亲说孩子烧到了四十度，问要不要马上来医院。",
            "我让她先量一次体温，再看看孩子的精神状态，然后告诉她什么情况下必须立刻过来。",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "许文静"
    assert meta.source != "儿科主治医师"


def test_the_next_letter_under_a_letters_sign_off_stays() -> None:
    # (a column of letters: the first one's signer is no end of the article when the next
    # letter's head, 感谢信之二 after 感谢信之一, comes under it; found on people set 35)
    text = "\n".join(
        [
            "晚报 > 民生 > 感谢信专栏",
            "【感谢信】妙手回春不是一句客套话",
            "2026年11月25日 08:12 来源：晚报",
            "感谢信之一：致心内科李主任",
            "我父亲今年七十六岁，九月突发急性心梗被送到医院，李主任连夜手术，把他从鬼门关拉了回来。",
            "患者家属 王晓梅 敬上",
            "感谢信之二：致儿科张医生",
            "我们的儿子一岁半，十月持续高烧五天，张医生三天两夜守在病房，孩子很快就退了烧。",
            "小病人家长 陈明",
            "网友留言：",
            "小螃蟹：李主任也给我妈做过手术，真是好医生。",
            "扁鹊的徒弟：现在这样的医生不多了。",
        ]
    )
    body = kept_set(text)
    assert same("感谢信之二：致儿科张医生") in body
    assert same("小病人家长 陈明") in body
    assert same("扁鹊的徒弟：现在这样的医生不多了。") not in body


def _under_the_date_line(callout: str) -> str:
    return "\n".join(
        [
            "某某街坊会",
            "首页　会务动态　社区服务　联系我们",
            "冬季家居用电安全指引",
            "发布日期：2027年1月8日　资料整理：社区服务部",
            callout,
            "冬季天气寒冷，不少家庭会使用电暖炉和电热毯，本会根据过往在社区协助居民的经验，整理了以下用电要点，请街坊收藏并转告家人。",
            "电暖炉应远离窗帘及衣物，外出时必须关掉电源。",
            "电热毯使用前应检查电线有无破损，切勿折叠使用。",
            "© 2027 某某街坊会 版权所有",
        ]
    )


def test_a_bracketed_callout_between_the_date_line_and_the_first_paragraph_goes() -> None:
    # (the site's note on its own hours, one line under the byline, over the article's lead)
    callout = "【本会温馨提示】本会服务中心逢周一至周六开放，欢迎街坊到中心参与活动。"
    kept = kept_set(_under_the_date_line(callout))
    assert same(callout) not in kept
    assert any(line.startswith("冬季天气寒冷") for line in kept)


def test_a_labelled_offer_between_the_date_line_and_the_first_paragraph_goes() -> None:
    # (a label and a colon, one call to act, shorter than the paragraph under it)
    callout = "限时优惠：1月31日前报读安全课程，立减80元！"
    kept = kept_set(_under_the_date_line(callout))
    assert same(callout) not in kept
    assert any(line.startswith("冬季天气寒冷") for line in kept)


def test_a_salutation_under_the_date_line_stays() -> None:
    # (a letter's greeting ends at its colon: nothing said after the label)
    kept = kept_set(_under_the_date_line("各位街坊："))
    assert same("各位街坊：") in kept


def test_an_interview_turn_under_the_date_line_stays() -> None:
    # (a speaker's name and a colon, one question: the interview's first turn, the article's)
    turn = "甲小姐：你现在的核心研究方向是什么？"
    text = "\n".join(
        [
            "田渊栋谈他的研究方向",
            "2027-03-15 23:02 某某观察",
            "",
            turn,
            "",
            "科学家与狂想家这两张面孔，在他身上迸发了神奇的化学反应，他说自己一直在做的事情，和主流的方向都不太一样。",
            "",
            "田渊栋：我现在主要做推理和规划，这个方向跟大模型的预训练关系不大。",
        ]
    )
    assert same(turn) in kept_set(text)


def _price_page(tail: list[str]) -> str:
    return "\n".join(
        [
            "某某回收站",
            "首页 今日价格 上门回收 联系我们",
            "1月19日回收价格表",
            "来源：某某回收站　时间：2027-01-19 08:05",
            "今日价格如下，单位：元/公斤，以过磅为准。",
            "黄纸皮 1.35",
            "废铁 2.20",
            "满100公斤可免费上门，小区内不收上门费。",
            *tail,
            "版权所有 © 2027 某某回收站",
        ]
    )


def test_a_call_with_nothing_to_call_over_the_pages_junk_goes() -> None:
    # (label：click-to-dial, the number was the button's link: the page's, not the article's)
    kept = kept_set(_price_page(["上门预约：点击拨打", "扫码关注公众号，每天早上推送最新价格"]))
    assert same("上门预约：点击拨打") not in kept
    assert same("满100公斤可免费上门，小区内不收上门费。") in kept


def test_a_step_that_says_click_under_the_body_stays() -> None:
    # (a step with further steps under it is the article's instructions)
    steps = ["第一步：打开小程序", "第二步：点击预约", "第三步：填写地址和重量，提交后等待回收员来电确认上门时间。"]
    kept = kept_set(_price_page(steps))
    assert same("第二步：点击预约") in kept


def test_a_lone_call_to_act_under_the_sites_appeal_at_the_pages_end_goes() -> None:
    # (a button under the site's appeal, the page's last line as a web page's extract gives it)
    text = "\n".join(
        [
            "某某街坊報",
            "首頁　社區　人物　專題",
            "開了四十年的涼茶舖明年結業",
            "2027年1月20日　文：某某",
            "清晨六時，涼茶舖的鐵閘已經拉起一半，陳伯把煲好的廿四味倒進大銅壺，這個動作他做了四十年。",
            "他說舖租明年再加三成，兒女都有自己的工作，是時候休息了，「街坊飲慣，我都唔捨得」。",
            "最後一天，不少熟客特意來飲最後一碗，有人帶來一張寫滿名字的卡。",
            "分享：Facebook　WhatsApp　Telegram　複製連結",
            "《某某街坊報》由一群居民義務編採，不接受商業機構資助。如欲支持我們繼續記錄社區故事，歡迎每月定額捐款或擔任義工，我們會盡力跟進，但恕不能逐一回覆。",
            "成為義工",
        ]
    )
    kept = kept_set(text)
    assert "成為義工" not in kept
    assert any(line.startswith("最後一天") for line in kept)
