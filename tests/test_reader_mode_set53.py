"""Reader mode on the shapes the fifty-third held-out set showed: the few
lines under the site's long notice at the page's end (a testimonial, a call
to follow the shop, a list of its other posts, its address row); the © name
the article signs with over the masthead's longer one; a serial's update line
under its to-be-continued mark."""

from __future__ import annotations

from cleaning_support import kept_set, same

_PRICES = [
    "某某粽子舖 ─ 老字號手工粽",
    "首頁｜商品介紹｜預購專區｜門市資訊",
    "2027端午節肉粽預購開跑",
    "更新：2027/02/08　門市小編",
    "今年端午節落在6月9日，為了讓大家不用在節前排隊，我們提早開放預購，每日限量，額滿即止。",
    "南部粽　NT$550",
    "北部粽　NT$600",
    "滿3串免運費。",
    "早鳥4/30前下單享九折，不與其他優惠併用。",
    "※溫馨提醒：本店未在任何社群平台開設代購帳號，亦未委託他人代收款項；如遇冒名詐騙請撥165查證，本店恕不負責因此產生之任何損失。",
]
_UNDER = [
    "熟客說：每年端午都訂南部粽寄給外地的兒子，他說吃到這家的粽子才算過節。──台中 林先生",
    "加入官方帳號好友，預購進度即時通知",
    "分享：Facebook｜LINE",
    "門市：某某市某某區某某路1號　電話：04-2xx-xxxx",
    "© 2027 某某粽子舖 All Rights Reserved.",
]


def test_the_few_lines_under_the_sites_long_notice_at_the_end_go() -> None:
    # (a testimonial, a call to follow, an address row: under the notice, junk to the end)
    kept = kept_set("\n".join([*_PRICES, *_UNDER]))
    assert same(_PRICES[4]) in kept and same(_PRICES[7]) in kept
    for line in (_UNDER[0], _UNDER[1], _UNDER[3]):
        assert same(line) not in kept


def test_the_article_going_on_under_a_notice_stays() -> None:
    # (the article's own prose under the notice, more than a few lines, and no junk at the end)
    more = [
        "今年的新口味是干貝蛋黃粽，我們試了三個月才定下配方，希望大家喜歡，也歡迎告訴我們意見。",
        "預購的粽子會在取貨前一天包好，冷藏後交給大家，請盡早取貨並放入冷凍保存，以免變質。",
        "宅配的粽子以冷凍寄出，收到後請直接放入冷凍庫，食用前蒸二十分鐘即可，口感最好。",
        "最後祝大家端午節快樂，闔家平安，我們門市見。",
    ]
    kept = kept_set("\n".join([*_PRICES, *more]))
    for line in more:
        assert same(line) in kept


def test_related_headlines_and_the_address_row_under_a_notice_go() -> None:
    # (a form's short words between count for nothing; a head no table knows, two headlines, the address row)
    page = [
        "某某家政",
        "首页 > 价格表",
        "2027年春节后保洁服务价格表",
        "发布时间：2027-02-06",
        "春节后阿姨陆续返岗，现将本公司各项服务收费标准公布如下，以下价格适用于市区。",
        "日常保洁",
        "每小时45元",
        "注：所有阿姨均持健康证上岗，签约后可免费更换一次。",
        "以上价格仅供参考，实际费用以双方签订的服务合同为准；本公司不对服务期间的全部行为承担无限责任。",
        "免费预约",
        "您的称呼*",
        "手机号码*",
        "立即预约",
        "阿姨课堂",
        "月嫂和育儿嫂有什么区别？一文看懂",
        "春节后请阿姨，这五点要注意",
        "某某家政服务有限公司　地址：某市某区某路1号",
        "Copyright © 2027 某某家政 版权所有",
        "在线咨询",
    ]
    kept = kept_set("\n".join(page))
    assert same(page[4]) in kept and same(page[6]) in kept
    for line in page[14:17]:
        assert same(line) not in kept


def test_the_name_the_article_signs_with_beats_the_mastheads_longer_one() -> None:
    # (the masthead adds what the site offers to the © name; the notice signs with the © name alone)
    from reader.core.cleaning import clean

    page = [
        "某某慈雲堂骨灰龕 Columbário Exemplo",
        "主頁　龕位查詢　祭祀服務　收費　聯絡我們",
        "首頁 > 最新公告",
        "2027年度龕位管理費繳費通知",
        "發佈日期：2027年2月2日　｜　發佈單位：管理處",
        "各位龕位持有人：",
        "本堂2027年度龕位管理費現已開始接受繳交，請各持有人於期限內辦理，以便本堂安排全年清潔及祭祀事宜。",
        "逾期未繳者，每月加收百分之五附加費；連續三年未繳者，本堂將依章程另行通知處理。",
        "某某慈雲堂管理處　謹啟",
        "地址：澳門某某大馬路1號　電話：2888 xxxx",
        "© 2027 某某慈雲堂 版權所有",
    ]
    assert clean("\n".join(page)).metadata.source == "某某慈雲堂"


def test_a_serials_update_line_under_its_to_be_continued_mark_goes() -> None:
    # (the instalment ends at （待續）: what follows is the site's, its update times and the next chapter)
    page = [
        "某某文學 Example Literary",
        "首頁　小說　散文　連載",
        "《遠洋三十年》第七回：颱風夜",
        "作者：某某　｜　2027年2月1日 20:00",
        "那年我二十三歲，剛升做三副，跟住一艘載木材嘅散貨輪由巴生港開去高雄，船長姓袁，潮州人。",
        "天光之後，海面平靜得好似乜都冇發生過，袁船長叫廚房煲咗一大煲白粥，自己坐喺船尾望住海。",
        "（待續）",
        "本連載逢星期一晚上八時更新，下回預告：第八回〈港口的那間舖〉",
        "上一回：第六回：三副的第一支筆　｜　下一回：第八回（2月8日刊出）",
        "© 2027 某某文學 Example Literary. All rights reserved.",
    ]
    kept = kept_set("\n".join(page))
    assert same(page[5]) in kept
    assert same(page[7]) not in kept


def test_a_heading_other_files_share_stays_over_numbered_rules_ending_in_semicolons() -> None:
    # (注意事项 recurs across the folder; the rules under it are this notice's, clauses ending in ；)
    from reader.core.cleaning import clean
    from reader.core.line_features import template_key

    rules = ["1. 请于开车前30分钟到达候车站台；", "2. 每位乘客可携带一件行李（不超过20公斤）；"]
    page = [
        "某某快捷巴士 EXAMPLE EXPRESS",
        "首页 | 路线与车资 | 网上订票 | 最新消息",
        "新春加班车班次及车资一览",
        "2027年2月3日 | 客服部",
        "为配合农历新年返乡人潮，本公司将于年初一前后加开班次，详情如下，所有加班车均可于柜台购票。",
        "新山拉庆总站 ⇄ 吉隆坡TBS",
        "08:00　10:30　13:00　15:30　22:00",
        "单程车资：RM45（节日期间）",
        "新山拉庆总站 ⇄ 怡保Amanjaya",
        "09:00　21:30",
        "单程车资：RM75（节日期间）",
        "注意事项",
        *rules,
        "3. 车票一经售出，恕不退款，可于开车前24小时改期一次。",
        "客服热线：07-3xx xxxx（每日上午8时至晚上10时）",
        "*车资以柜台及网站最新公布为准。本公司保留因交通、天气或其他不可抗力因素而调整班次的权利，乘客因此产生的任何损失，本公司概不负责。",
        "分享：Facebook | WhatsApp",
        "相关消息：",
        "开斋节班次预告",
        "某某快捷巴士电子钱包付款教学",
        "© 2027 某某快捷巴士 版权所有",
    ]
    kept = {same(p) for p in clean("\n".join(page), frozenset({template_key("注意事项")})).paragraphs}
    for line in ("注意事项", *rules):
        assert same(line) in kept
