"""Reader mode on the junk pages sets 121-122 and heads sets 1-2 still kept:
a bar of the page's controls in one line, each part junk on its own; one call
of the site's alone at the page's end (a platform to follow, goods with a
price, other pieces, an act asked on a piece that pleased); a sponsored post
in a feed, and sponsored content framed amid the story (the story after it stays)."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.control_bars import bar_of_parts
from reader.core.line_features import junk_rule

_STORY = """黄河边上，老筏工王师傅今年七十一岁，他做了五十年的羊皮筏子，如今整个兰州会做的人不超过三个。
他说，一张羊皮要泡、要晒、要吹气，前后得一个多月，急不得，急了皮就会裂。
去年有游客想买一只回去当摆设，他没卖，说筏子是要下水的，不是挂在墙上的。
"""


def test_a_bar_of_parts_each_junk_on_its_own_goes() -> None:
    bar = "阅读 3.6万 分享到：微信 微博 QQ空间 字号 A+ A-"
    assert same(bar) not in kept_set("黄河上最后的羊皮筏子客\n" + bar + "\n" + _STORY)
    # (near misses: a poster's figures and the date he joined, counters and a date, no control; a
    # table's row of cells; a control's words, then the story's)
    assert not bar_of_parts("帖子 86 積分 412 註冊時間 2027-11-02", junk_rule)
    assert not bar_of_parts("| 豆沙 | 4個 | 218 |", junk_rule)
    assert not bar_of_parts("分享到 微信 王师傅说 他的孙子 每天都 教他", junk_rule)


def test_one_call_to_follow_a_platform_at_the_pages_end_goes() -> None:
    call = "Follow 港流 IG，睇更多生活新聞"
    assert same(call) not in kept_set(_STORY + call + "\n")
    # (near miss: the story names the platform and asks nothing)
    told = "王师傅的孙女把筏子的照片放上了 IG，说想让更多人看见"
    assert same(told) in kept_set(_STORY + told + "\n")


def test_goods_with_a_price_under_the_prose_at_the_pages_end_go() -> None:
    offer = "本店热销：明前黄山毛峰 250g ¥368"
    assert same(offer) not in kept_set(_STORY + offer + "\n")
    # (near miss: the writer's sentence of prices, its parts apart by a comma)
    told = "价格：单人每趟 ¥80，双人每趟 ¥150"
    assert same(told) in kept_set(_STORY + told + "\n")


def test_a_pointer_to_other_pieces_at_the_pages_end_goes() -> None:
    pointer = "海風編輯室的其他文章：澎湖菜宅修復小組 一個冬天疊一道牆"
    assert same(pointer) not in kept_set(_STORY + pointer + "\n")
    # (near miss: the writer's sentence on other pieces, a full stop at its end)
    told = "他说起别人写他的其他文章：大多写错了筏子的扎法。"
    assert same(told) in kept_set(_STORY + told + "\n")


def test_an_act_asked_on_a_piece_that_pleased_the_reader_goes() -> None:
    call = "喜欢这篇文章，就点个“在看”，让更多人看到老武汉吧。"
    assert same(call) not in kept_set(_STORY + call + "\n")
    thanks = "感謝閱讀慢讀週報！免費訂閱即可每週收到新的一封信。"
    assert same(thanks) not in kept_set(_STORY + thanks + "\n")
    # (near miss: the writer liked a piece and asks nothing)
    own = "我一直很喜欢这篇老报道里写的那句话：筏子是要下水的。"
    assert same(own) in kept_set(_STORY + own + "\n")


def test_a_feeds_sponsored_post_goes() -> None:
    ad = "贊助 · 濠信銀行：小店老闆都值得一個好夥伴，開立商業戶口即享首年免月費，仲有專人上門幫你搞掂收款機。"
    assert same(ad) not in kept_set(_STORY + ad + "\n")
    # (near miss: the story says who sponsored, no label and dot)
    told = "贊助這次展覽的銀行說，小店老闆都值得一個好夥伴，明年還會再來。"
    assert same(told) in kept_set(_STORY + told + "\n")


def test_sponsored_content_framed_amid_the_story_goes_and_the_story_after_it_stays() -> None:
    ad = "【贊助內容】秋冬新裝低至三折，旺角旗艦店限時兩日"
    after = ["記者問鄧錦華，搬上樓之後會唔會加價？", "佢笑住講，布本身都冇貴過，點解要加，街坊幫襯咗幾十年。"]
    kept = kept_set(_STORY + ad + "\n" + "\n".join(after) + "\n")
    assert same(ad) not in kept
    assert all(same(line) in kept for line in after)
    # (near miss: a framed label of the story's own stays)
    note = "【注意】筏子下水前，要先把每一只羊皮袋吹足气。"
    assert same(note) in kept_set(_STORY + note + "\n" + "\n".join(after) + "\n")


def test_a_line_led_by_a_camera_is_the_pictures_caption() -> None:
    caption = "📷 王师傅家门口晾着的三只筏子（图 @兰州的阿洋）"
    assert same(caption) not in kept_set(_STORY + caption + "\n" + _STORY)
    # (near miss: a camera amid the story's words, no line led by it)
    told = "他从抽屉里拿出一台老相机📷，说这是他第一次拍筏子时用的，镜头早就花了。"
    assert same(told) in kept_set(_STORY + told + "\n" + _STORY)


def test_a_warning_led_statement_of_the_site_on_the_page_goes() -> None:
    warning = "⚠ 本文涉及关键情节，还没看的朋友慎入"
    assert same(warning) not in kept_set(_STORY + warning + "\n" + _STORY)
    # (near miss: a warning of the article's own, no word on the page itself)
    own = "⚠ 安卓用户请前往应用商店更新，部分渠道可能延迟 1–2 天上架。"
    assert same(own) in kept_set(_STORY + own + "\n" + _STORY)


def test_the_agencys_rights_statement_speaking_as_本社_goes() -> None:
    rights = "本社新聞內容受著作權保護，未經書面授權，任何媒體或個人皆不得重製、改寫或轉貼。"
    assert same(rights) not in kept_set(_STORY + rights + "\n")
    # (near miss: 本社區, the neighbourhood, is no agency speaking of itself)
    told = "本社區的老居民說，守住這條街的權利，靠的是每一家店都還開著門，這也是他們最後的一點堅持。"
    assert same(told) in kept_set(_STORY + told + "\n")


def test_the_sites_caution_over_a_last_call_goes_with_it() -> None:
    caution = "本文涉及高压电路操作，显像管断电后仍可能残留上万伏电压，请勿模仿，需要维修请交给专业人士处理。"
    call = "如果这篇专栏对你有一点点帮助，可以点个赞、投个币，你们的三连就是我修下一台机器的动力。"
    comments = (
        "## 评论 1203\n**老广仔**：上下九那间我小时候去过！门口有台拳皇97，一块钱三个币。\n"
        "**阿炜修东西** 回复 @老广仔：对，就是那间，拳皇那台后来被外公卖给了佛山的朋友。\n\n"
        "相关推荐：我花了三个月，把外公留下的1997年街机修好了（完整版视频）\n"
        "© 2029 星弹 xingdan.example · 粤ICP备29008812号\n"
    )
    kept = kept_set(_STORY + caution + "\n" + call + "\n👍 3.2万 · 💬 1203\n\n" + comments)
    assert same(caution) not in kept and same(call) not in kept
    # (near miss: the article's own last paragraph over the call stays)
    last = "修好那天晚上，我投进去一枚外公留下的游戏币，屏幕亮了，跳出一行字，我盯着看了很久。"
    kept = kept_set(_STORY + last + "\n" + call + "\n👍 3.2万 · 💬 1203\n\n" + comments)
    assert same(last) in kept and same(call) not in kept


def test_a_columns_sponsor_line_goes() -> None:
    sponsor = "本期专栏由「焊匠」恒温焊台赞助，UP主同款，评论区置顶链接可以领一张三十元的优惠券。"
    assert same(sponsor) not in kept_set(_STORY + sponsor + "\n" + _STORY)
    # (near miss: the column's own word on who wrote it, no sponsor)
    own = "本期专栏由我和外公的老同事周伯一起完成，他记得每一块电路板是从哪里买来的。"
    assert same(own) in kept_set(_STORY + own + "\n" + _STORY)


def test_a_framed_call_to_come_and_sign_up_goes() -> None:
    call = "【豆荚观影团】《晚班轮渡》点映场免费抢票，限北京、上海、成都三地，快来报名～"
    assert same(call) not in kept_set(_STORY + call + "\n" + _STORY)
    # (near miss: a framed line of the story's own that asks nobody to sign up)
    own = "【后记】那天快来不及了，王师傅还是把最后一只筏子扎好才收工。"
    assert same(own) in kept_set(_STORY + own + "\n" + _STORY)


def test_a_comment_count_opened_by_共_heads_the_comments() -> None:
    tail = "編輯於 2029-06-21 香港\n共 36 條評論\n小魚乾：好正！請問要唔要預約？\n說點什麼...\n"
    tail += "在小紅冊App內打開，查看全部評論\n"
    kept = kept_set(_STORY + tail)
    assert same("共 36 條評論") not in kept and same("小魚乾：好正！請問要唔要預約？") not in kept
    # (near miss: the story counts the comments in a sentence of its own)
    told = "那条视频底下共 36 条评论，大多数人都说想去坐一次筏子，可是王师傅已经不接客了。"
    assert same(told) in kept_set(_STORY + told + "\n" + _STORY)


def test_a_bar_of_a_download_and_a_back_link_apart_by_a_bar_goes() -> None:
    bar = "下載新聞稿 PDF｜返回列表"
    assert same(bar) not in kept_set(_STORY + bar + "\n" + _STORY)
    # (near miss: a back link beside the story's words)
    assert not bar_of_parts("返回列表 王師傅說 他不回去了", junk_rule)
