"""Reader mode on the shapes the tenth held-out set showed: equations,
boxes at the article's end (a profile of its subject stays, a site's
generic tips go), a date-and-section line above the headline, captions
that end in the photographer's credit, the site's own notices."""

from __future__ import annotations

from reader.core.cleaning import clean

TITLE = "冬天手一碰门把手就“啪”一下，静电到底是怎么来的？"
P1 = "每到冬天，很多人都有过这样的经历：伸手去开门、按电梯，指尖突然“啪”地一疼，有时候还能看到一道小小的蓝光。"
P2 = "关键在空气湿度。夏天湿度高，电荷还没攒多少就漏掉了；冬天北方室内开了暖气，相对湿度常常低于30%。"
P3 = "当你带着一身电荷靠近金属门把手时，两者之间的空气被击穿，电荷瞬间转移，就产生了那一下刺痛。"


def test_an_equation_between_paragraphs_stays() -> None:
    formula = "干燥空气 + 绝缘材料 + 摩擦 = 静电"
    kept = clean("\n".join([TITLE, P1, P2, formula, P3])).paragraphs
    assert formula in kept
    sum_line = "月薪 × 12 + 年终奖 = 年收入"
    assert sum_line in clean("\n".join([TITLE, P1, sum_line, P2, P3])).paragraphs


def test_a_menu_of_words_with_plus_signs_still_goes() -> None:
    menu = "首页 + 新闻 + 体育 + 娱乐"
    assert menu not in clean("\n".join([TITLE, menu, P1, P2, P3])).paragraphs


INTERVIEW = [
    "專訪譯者溫以寧：翻譯韓國小說，最難的是那些沒說出口的話",
    "採訪撰文｜謝沛涵　2025.11.26",
    "溫以寧是這波浪潮背後的譯者之一，譯過二十多部小說與散文，今年以一部描寫首爾老社區的長篇小說獲得翻譯獎。",
    "我們在她台中的工作室見面，桌上攤著三本字典和一疊貼滿便利貼的原文書。",
    "A：其實是意外。我大學念的是外交，去首爾交換一年，回來後在出版社當編輯，就這樣一路翻到現在。",
]
PROFILE = ["人物小檔案｜溫以寧", "1984年生於台中", "政治大學外交系畢業，曾任出版社編輯", "譯有韓國小說、散文二十餘部"]
OTHERS = [
    "你可能也喜歡",
    "專訪插畫家林予安：畫一座會呼吸的城市",
    "對談：兩位詩人眼中的海",
    "書評：一本關於島嶼的地方誌",
]


def test_a_profile_of_the_articles_subject_at_its_end_stays() -> None:
    kept = clean("\n".join([*INTERVIEW, *PROFILE])).paragraphs
    assert [line for line in PROFILE if line not in kept] == []


def test_a_headerless_run_of_other_headlines_at_the_end_still_goes() -> None:
    kept = clean("\n".join([*INTERVIEW, *OTHERS[1:]])).paragraphs
    assert not set(OTHERS[1:]) & set(kept)


CASE = [
    "买家“仅退款”后拒不退货 法院判决返还货款并赔偿运费",
    "2025-11-25 10:18　来源：法治前沿网　记者 宁若涵",
    "网购时申请“仅退款”并拿到退款，商品却一直留在自己手里，这样做合法吗？近日，临湖区人民法院审结一起网络购物合同纠纷案。",
    "法院审理认为，王某与李某之间的网络购物合同合法有效，王某收货后继续使用商品，平台同意“仅退款”并不代表合同已经解除。",
    "法官提醒，消费者如对商品不满意，应按照平台规则和商家协商退货，商家可保存证据维护自身权益。",
]
TIPS = ["普法小贴士", "· 网购七日无理由退货，商品应当完好。", "· 消费纠纷可拨打12315投诉。"]
FOOT = ["相关案例", "直播间买到“翻新机” 法院判决商家退一赔三", "关于我们 | 联系方式 | 版权声明", "© 2025 法治前沿网"]


def test_a_generic_box_after_the_editors_closing_credit_goes() -> None:
    kept = clean("\n".join([*CASE, "责任编辑：毕晓岚", *TIPS, *FOOT])).paragraphs
    assert not set(TIPS) & set(kept)
    assert all(p in kept for p in CASE[2:])


def test_a_box_naming_the_subject_after_the_credit_stays() -> None:
    box = ["案件小档案｜王某", "· 王某购买帐篷和睡袋共计2680元。", "· 平台审核后同意仅退款。"]
    kept = clean("\n".join([*CASE, "责任编辑：毕晓岚", *box, *FOOT])).paragraphs
    assert all(line in kept for line in box[1:])


def test_a_box_before_the_credit_stays() -> None:
    kept = clean("\n".join([*CASE, *TIPS, "责任编辑：毕晓岚", *FOOT])).paragraphs
    assert all(line in kept for line in TIPS[1:])


STORY = [
    "沙梨頭的最後一架雪糕單車",
    "文：區詠恩｜圖：何俊朗",
    "下午三點，沙梨頭海邊街的榕樹下，一架漆成天藍色的單車準時停好，車尾綁着一個白色保溫箱。",
    "七十八歲的梁泉伯把單車架好，拉了兩下車鈴，不到五分鐘，附近小學剛放學的孩子就圍了上來。",
    "問他打算踩到幾時，梁泉伯沒有正面回答，只是拍拍車座：「架車仲得，我都仲得。」",
]


def test_the_sites_notices_after_the_articles_end_go() -> None:
    promo = "《濠江誌》第41期「消失中的叫賣聲」現已出版，各大書店有售"
    related = ["同區故事", "白鴿巢公園旁的修鞋檔：一張矮凳坐了三十年", "新橋的最後一間手寫招牌舖"]
    text = "\n".join(["濠江誌 Revista Hou Kong", *STORY, "分享", promo, *related, "返回頂部", "© 2025 濠江誌"])
    kept = clean(text).paragraphs
    assert promo not in kept
    assert not set(related) & set(kept)
    assert all(p in kept for p in STORY[2:])


def test_the_papers_own_greeting_after_a_sign_off_goes() -> None:
    greeting = "本報恭賀　鄭氏宗親會第三十屆理事會就職典禮圓滿成功"
    text = "\n".join([*STORY, "家屬謹啟", greeting, "【廣告】陳氏地產　買賣租賃　0412 338 906", "© 2025 雪梨華聲週報"])
    assert greeting not in clean(text).paragraphs


def test_a_closing_that_names_the_paper_right_under_the_body_stays() -> None:
    closing = "本報將繼續關注雪糕單車的故事，也歡迎讀者提供線索。"
    kept = clean("\n".join([*STORY, closing, "分享", "© 2025 濠江誌"])).paragraphs
    assert closing in kept


def test_a_list_amid_junk_whose_heading_names_the_subject_stays() -> None:
    box = ["梁泉伯的單車", "顏色：天藍色，車尾綁着保溫箱", "車鈴：每天下午三點在榕樹下響起"]
    promo = "《濠江誌》第41期「消失中的叫賣聲」現已出版，各大書店有售"
    kept = clean("\n".join(["濠江誌 Revista Hou Kong", *STORY, "分享", promo, *box, "© 2025 濠江誌"])).paragraphs
    assert all(line in kept for line in box)
    assert promo not in kept


def test_a_date_and_section_line_under_the_headline_is_never_the_title() -> None:
    head = [
        "濠江誌 Revista Hou Kong",
        "首頁　街坊故事　城市觀察　飲食　藝文",
        STORY[0],
        "「叮叮——」那陣鈴聲，在沙梨頭響了五十三年。",
    ]
    for dateline in ("2025-11-22｜街坊故事", "街坊故事 · 2025年11月22日", "2025.11.22 09:30 ｜ 社區"):
        meta = clean("\n".join([*head, dateline, *STORY[1:]])).metadata
        assert meta.title == STORY[0], dateline


def test_a_caption_ending_in_the_photographers_credit_goes() -> None:
    captions = ["钱志和在铺子里修理一块老式座钟。 晚报记者 殷佳琪 摄", "市民在青果巷口驻足拍照 新华社记者 王明 摄"]
    kept = clean("\n".join([TITLE, P1, captions[0], P2, captions[1], P3])).paragraphs
    assert not set(captions) & set(kept)
    assert all(p in kept for p in (P1, P2, P3))


def test_a_sentence_about_taking_pictures_stays() -> None:
    line = "这张照片是他父亲当年用借来的相机拍摄"
    assert line in clean("\n".join([TITLE, P1, line, P2, P3])).paragraphs


def test_a_labelled_address_above_the_headline_goes() -> None:
    source = "Source: https://www.yinghuazhi.com/review/208841"
    text = "\n".join([source, "# 《潮汐之间》：一部关于沉默的电影", P1, P2, P3])
    cleaned = clean(text)
    assert source not in cleaned.paragraphs
    assert cleaned.metadata.title == "《潮汐之间》：一部关于沉默的电影"


def test_a_font_size_row_with_its_buttons_and_a_video_label_go() -> None:
    junk = ["字号：大 中 小　打印　分享", "▶ 视频：赛后新闻发布会全程", "▶ 播放　00:00 / 03:52"]
    kept = clean("\n".join([TITLE, junk[0], P1, P2, P3, junk[1], junk[2]])).paragraphs
    assert not set(junk) & set(kept)
    assert all(p in kept for p in (P1, P2, P3))


def test_a_bilingual_section_label_above_the_headline_goes() -> None:
    for label in ("校園 CAMPUS", "特展 Special Exhibition"):
        cleaned = clean("\n".join(["首頁　校園　時事　文化　評論", label, TITLE, "2025年11月24日", P1, P2, P3]))
        assert label not in cleaned.paragraphs
        assert cleaned.metadata.title == TITLE


def test_a_download_link_with_its_file_size_goes() -> None:
    links = ["下載PDF（412 KB）", "GPX 軌跡下載（jiaming-3d.gpx，412 KB）"]
    kept = clean("\n".join([TITLE, links[0], P1, P2, P3, links[1]])).paragraphs
    assert not set(links) & set(kept)
    line = "内存升级到（16 GB）后速度快了很多"
    assert line in clean("\n".join([TITLE, P1, line, P2, P3])).paragraphs


def test_the_sites_vouching_line_under_the_deck_goes() -> None:
    deck = "一句话回答：冬天空气太干，你身上攒下的电荷跑不掉，碰到金属时一次性“放”了出去。"
    vouch = "本文已通过「科普中国」科学性审核"
    kept = clean("\n".join([TITLE, "作者：祁文瀚　2025-11-26", deck, vouch, P1, P2, P3])).paragraphs
    assert vouch not in kept
    assert all(p in kept for p in (P1, P2, P3))


def test_a_sentence_about_a_platforms_review_stays() -> None:
    line = "2025年3月，王某在某电商平台购买了一顶帐篷，收货后申请“仅退款”，平台审核后同意，货款原路退回。"
    assert line in clean("\n".join([TITLE, P1, line, P2, P3])).paragraphs


ESSAY = [
    "外婆的缝纫机",
    "文｜温小禾",
    "外婆的缝纫机是一台老式的蝴蝶牌，黑色的机身上描着金色的花纹，踏板已经被她的脚磨得发亮。",
    "小时候我总趴在旁边看她踩缝纫机，她一边踩一边说：“别动，针扎手。”那声音我一直记得。",
    "现在那台缝纫机在我的出租屋里。我不会用，只是每天下班回来，看它一眼。",
]


def test_a_note_about_the_bylined_author_after_the_essay_goes() -> None:
    note = ["作者简介", "温小禾，1991年生于浙江湖州，现居杭州，从事出版工作，著有散文集《河埠头》。"]
    kept = clean("\n".join([*ESSAY, *note, "分享到：微信 微博 QQ空间", "© 2025 《北岸》杂志社"])).paragraphs
    assert not set(note) & set(kept)
    assert all(p in kept for p in ESSAY[2:])


def test_a_box_about_someone_else_than_the_author_stays() -> None:
    box = ["外婆小传", "外婆，1931年生于浙江湖州，做了一辈子裁缝，给全村人做过嫁衣。"]
    kept = clean("\n".join([*ESSAY, *box, "© 2025 《北岸》杂志社"])).paragraphs
    assert all(line in kept for line in box)


def test_a_dateline_under_the_headline_and_its_standfirst_is_the_pages_date() -> None:
    standfirst = "「叮叮——」那陣鈴聲，在沙梨頭響了五十三年。"
    cleaned = clean("\n".join([STORY[0], standfirst, "2025-11-22｜街坊故事", *STORY[1:]]))
    assert "2025-11-22｜街坊故事" not in cleaned.paragraphs
    assert cleaned.metadata.date == "2025-11-22"
    # (a labelled date is a field of the article's: it stays)
    field = "日期：2025年12月3日（星期三）"
    assert field in clean("\n".join([STORY[0], "2025-11-22", STORY[2], field, *STORY[3:]])).paragraphs


def test_a_long_line_of_encoded_data_is_cleaned_in_linear_time() -> None:
    """Hostile input: base64 with many ``+`` and its ``=`` padding at the end.
    The equation test once scanned from every ``+`` to the line's end (a
    5 MB line took minutes); an alarm fails the test instead of hanging."""
    import base64
    import random
    import signal

    data = base64.b64encode(random.Random(7).randbytes(300_000)).decode() + "="
    assert data.count("+") > 5_000

    def too_slow(*_: object) -> None:
        raise TimeoutError("cleaning a 400,000-character line took over 20 s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        kept = clean("\n".join([TITLE, P1, data, P2, P3])).paragraphs
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert P1 in kept and P3 in kept
