"""Reader mode on the shapes the sixty-fifth held-out set showed: a notice's
contact rows each led by the unit they name under its numbered 聯絡窗口 head,
a blog post's dash sign-off over its tags and the comments' head, an essay's
sign-off of the date and where it was written; a tag row under a shop box, a
sentence under a bare ad label amid junk, a tip line's appeal with an address;
a poster's dated byline over the minutes' fields, a writer between the date
and a labelled category, a photographer after the reporter set apart by
single spaces, and a © line's company name with Pte. Ltd."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean


def test_contact_rows_led_by_the_unit_under_a_numbered_head_stay_with_the_signer() -> None:
    text = "\n".join(
        [
            "首頁　最新消息　便民服務　觀光旅遊",
            "現在位置：首頁 > 最新消息 > 公告",
            "轉知：河濱公園步道夜間封閉施工",
            "主旨：河濱公園步道自下週一起夜間封閉，進行照明設備更新，請民眾改道通行。",
            "說明：",
            "一、施工期間為每日晚間十時至翌日清晨五時，預計施工三週，如遇雨天順延。",
            "二、施工期間請勿進入圍籬範圍，並留意現場交通指揮人員的指示。",
            "三、聯絡窗口：",
            "北區養護工程隊　電話：(03) 5512-7788",
            "本所工務課　電話：(03) 5512-0001 分機 310",
            "青林鎮公所",
            "中華民國117年2月3日",
            "附件：施工範圍圖.pdf（下載次數：12）",
            "上一則：春節期間垃圾清運時間調整公告",
            "地址：青林鎮中山路8號　電話：(03) 5512-0001　服務時間：週一至週五 08:00–17:00",
        ]
    )
    kept = kept_set(text)
    for line in ["北區養護工程隊　電話：(03) 5512-7788", "本所工務課　電話：(03) 5512-0001 分機 310"]:
        assert same(line) in kept, line
    assert same("青林鎮公所") in kept
    assert same("中華民國117年2月3日") in kept


def test_a_dash_sign_off_over_the_tags_and_the_comments_head_stays() -> None:
    text = "\n".join(
        [
            "首页　育儿　辅食　早教",
            "孩子不肯午睡，我试了三个办法",
            "小宝三岁以后突然不肯午睡了，每天中午都要在床上翻来覆去一个小时，最后哭着睡着。",
            "后来我把午睡改成安静时间，不要求她一定睡着，只要在房间里看书或者躺着就好。",
            "一个月下来，她反而自己睡着的次数多了。大概孩子也一样，越是被要求，越是不想做。",
            "——小宝妈，写于2月2日午后",
            "#午睡　#3-6岁　#作息",
            "点赞 312　收藏 508　分享",
            "全部评论（2）",
            "小米粥妈妈　2028-02-02 15:10",
            "安静时间这个办法好，我家也试试，谢谢分享经验。",
        ]
    )
    assert same("——小宝妈，写于2月2日午后") in kept_set(text)


_ESSAY = [
    "從二水出發的區間車只有兩節車廂，週末早上坐滿了來看樹的遊客，平日卻空空的。",
    "到了車埕，車站旁的木業展示館還沒開門，我在月台上坐了很久，看山霧一點一點散開。",
    "午餐在老街吃了一碗意麵，老闆說冬天遊客少，他反而比較喜歡，可以慢慢煮。",
]


def test_an_essays_sign_off_of_the_date_and_where_it_was_written_stays() -> None:
    text = "\n".join(
        [
            "慢慢走的山線筆記",
            "首頁　鐵道旅行　關於我",
            "冬天的集集線：一個人坐到車埕",
            "2028-01-21 20:10　林小雨　分類：鐵道",
            "從二水出發的區間車只有兩節車廂，週末早上坐滿了來看樹的遊客，平日卻空空的。",
            "到了車埕，車站旁的木業展示館還沒開門，我在月台上坐了很久，看山霧一點一點散開。",
            "午餐在老街吃了一碗意麵，老闆說冬天遊客少，他反而比較喜歡，可以慢慢煮。",
            "下午我沿著鐵道走到水里，路邊的檳榔攤阿伯問我要不要搭便車，我說想走走。",
            "傍晚的區間車準時進站，車廂裡的燈很黃，窗外的山一座一座暗下來。",
            "回程的車上只有我一個人。",
            "2028.01.20　記於車埕",
            "標籤：集集線　車埕　鐵道旅行",
            "分享：Facebook　LINE",
            "2 則留言",
            "山風　2028-01-21 22:03",
            "看完好想馬上去坐一次集集線，冬天的山霧一定很美，謝謝你寫得這麼細。",
        ]
    )
    assert same("2028.01.20　記於車埕") in kept_set(text)


_FEATURE = [
    "首頁　本地　社會　專題",
    "紅街市最後一間秤舖：何伯的銅秤與五十年",
    "記者 陳家寶 2028-02-03 09:40",
    "清晨六點，紅街市旁的小巷還很安靜。何記秤舖的木門半開著，八十歲的何伯正用軟布擦一桿銅秤。",
    "他十六歲入行，跟著舅父學做秤，一桿秤要刻上百個星點，刻錯一點就要重來。",
    "現在街市的檔販大多改用電子秤，來修銅秤的人一個月不到三個，他還是每天準時開門。",
    "何記秤舖",
    "地址：紅街市側巷12號",
    "營業時間：上午7時至中午12時",
]


def test_a_row_of_tags_under_a_shop_box_goes() -> None:
    text = "\n".join([*_FEATURE, "標籤：紅街市 老店 手藝 人物專題", "分享：Facebook　WhatsApp"])
    kept = kept_set(text)
    assert same("地址：紅街市側巷12號") in kept
    assert same("標籤：紅街市 老店 手藝 人物專題") not in kept


def test_a_sentence_under_a_bare_ad_label_amid_junk_goes() -> None:
    ad = "年終優惠：濠江電器網全場貨品低至七折，即日起至月底，詳情請瀏覽官方網站。"
    related = ["延伸閱讀", "新馬路最後一間鐘錶舖：陳師傅的放大鏡", "澳門老店地圖：十間開業半世紀的小店"]
    text = "\n".join([*_FEATURE, "標籤：紅街市 老店 手藝 人物專題", "廣告", ad, *related])
    kept = kept_set(text)
    assert same(ad) not in kept
    assert same("營業時間：上午7時至中午12時") in kept


def test_a_tip_line_appeal_with_an_address_after_the_related_list_goes() -> None:
    related = [
        "延伸閱讀",
        "新馬路最後一間鐘錶舖：陳師傅的放大鏡",
        "澳門老店地圖：十間開業半世紀的小店",
        "紅街市翻新工程諮詢下月展開",
    ]
    appeal = "讀者報料：如你身邊有值得記錄的人和事，歡迎透過電話 6612 3456 或電郵 tips@example.mo 與我們聯絡。"
    text = "\n".join([*_FEATURE, "分享：Facebook　WhatsApp", *related, appeal])
    kept = kept_set(text)
    assert same(appeal) not in kept
    assert same("現在街市的檔販大多改用電子秤，來修銅秤的人一個月不到三個，他還是每天準時開門。") in kept


def test_a_posters_byline_with_its_time_over_the_minutes_fields_is_the_byline() -> None:
    text = "\n".join(
        [
            "首页　村务公告　会议记录　联络我们",
            "首页 » 会议记录",
            "和丰新村委员会2028年2月常月会议记录",
            "发布者：黄秀珍（秘书）｜2028-02-12 20:40｜浏览 118",
            "日期：2028年2月9日（星期三）",
            "时间：晚上8时正",
            "地点：和丰新村民众会堂",
            "主席：李志明",
            "一、主席致辞",
            "主席感谢各委员出席，并报告新春团拜筹备进度，各项工作已按计划分配给各小组负责跟进。",
            "二、财务报告",
            "财政报告上月收支，委员会户口结余充足，足以支付下月沟渠清理及路灯维修的开销。",
        ]
    )
    meta = clean(text).metadata
    assert meta.author == "黄秀珍"
    assert meta.date is not None and meta.date.startswith("2028-02-12")


def test_a_date_a_gap_and_a_name_before_a_labelled_category_names_the_writer() -> None:
    meta = clean("\n".join(["冬天的集集線：一個人坐到車埕", "2028-01-21 20:10　林小雨　分類：鐵道", *_ESSAY])).metadata
    assert meta.author == "林小雨"


def test_a_photographer_after_the_reporter_with_single_spaces_is_credited() -> None:
    text = "\n".join([_FEATURE[1], "記者 陳家寶 攝影 何子健 2028-02-03 09:40", *_FEATURE[3:6]])
    meta = clean(text).metadata
    assert meta.author == "陳家寶"
    assert ("攝影", "何子健") in meta.credits


def test_a_copyright_line_with_pte_ltd_names_the_site_by_its_han_name() -> None:
    text = "\n".join(
        [
            "# 周日早上的草场",
            "[岛屿周报 Island Weekly](https://www.islandweekly.sg/) › [体育](https://www.islandweekly.sg/sports)",
            *_FEATURE[3:6],
            "本报所有内容受版权保护，未经书面许可不得转载、摘录或改编。",
            "© 2028 Island Weekly Pte. Ltd. 版权所有",
        ]
    )
    assert clean(text).metadata.source == "岛屿周报"


def test_comments_under_a_divider_of_dashes_still_go() -> None:
    text = "\n".join(
        [
            "第18天 收工",
            "监制从香港飞来探班，给全组带了一箱饮料。场记小周说这是剧组第一次加餐有水果。",
            "剧照：主演在阳关合影（摄影：郑可可）",
            "—— 评论区（128）——",
            "沙漠里的小骆驼：燕南飞好帅！期待上映",
            "河西走廊老司机：张掖那段路我开过，向导靠谱",
            "一苇的读者：江渡老师的剧本一定不会让人失望",
        ]
    )
    assert same("沙漠里的小骆驼：燕南飞好帅！期待上映") not in kept_set(text)
