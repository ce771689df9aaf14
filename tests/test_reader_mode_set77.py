"""Reader mode on the shapes the seventy-seventh held-out set showed: a
saved page's table of winners, its cells one space apart, its rows all
taken for menus (tied places leading two rows alike), under its heading;
a forum post's footer over its replies (a labelled signature, the forum's
statement on posts, an action row counting in thousands); a review's
disclosure that the site keeps its editorial say."""

from __future__ import annotations

from cleaning_support import kept_set, same

_CHESS = [
    "象棋邀請賽圓滿結束",
    "各位會員：",
    "本會主辦的週末象棋邀請賽已於上星期日在活動中心舉行，共有九十多位會員參加，現將結果公布如下：",
    "比賽資料",
    "日期：2027年5月9日",
    "參加人數：約96人",
    "對局總數：210局",
    "公開組（積分最高）",
    "名次 姓名 會員編號 積分",
    "冠軍 盧志強 A013 9",
    "亞軍 溫麗霞 B207 8",
    "季軍 方國棟 A088 7",
    "殿軍 何嘉儀 C115 6",
    "優異獎 郭偉明 B031 5",
    "優異獎 蕭美玲 C042 5",
    "少年組",
    "冠軍：鍾子軒 積分8",
    "亞軍：龐曉晴 積分7",
    "領獎時間：5月15日至5月22日 晚上7時至9時",
    "請攜同會員證領取獎品，逾期作廢。",
]


def test_a_table_of_winners_one_space_apart_stays() -> None:
    kept = kept_set("\n".join(_CHESS))
    for row in _CHESS[7:15]:
        assert same(row) in kept


def test_a_footer_menu_of_spaced_words_still_goes() -> None:
    page = [
        *_CHESS[:3],
        "下棋之後，會員們在活動中心一起吃了晚飯，氣氛熱烈。",
        "首頁 關於本會 最新消息 活動相片 聯絡我們",
        "會員專區 下載表格 常見問題 私隱政策",
        "網站地圖 English 繁體 简体",
        "Copyright © 2027 某某象棋會",
    ]
    kept = kept_set("\n".join(page))
    for row in page[4:7]:
        assert same(row) not in kept


_THREAD = [
    "山野钓友论坛 - 路亚·台钓·海钓交流",
    "首页　论坛　钓点　装备　二手　活动",
    "【装备】用了三年的入门路亚竿，说说优缺点",
    "楼主　江边老周　发表于 2027-04-12 21:05",
    "这根竿子入门够用，但别指望它钓大鱼。",
    "三年前在渔具店花了四百多块买的，两节，长度二米一，配了一个二手的纺车轮，一共没花到六百块。",
    "主要在城郊的水库和河道钓翘嘴，最大一条两斤出头，竿子弯得很厉害，但没出问题。",
    "总结：新手买来练手没问题，玩久了再换好的。",
    "签名：钓的不是鱼，是周末。",
    "温馨提示：野钓请遵守当地禁渔规定，注意水边安全，本论坛内容仅为钓友经验分享，不构成任何购买建议。",
    "收藏(1,204)　点赞(2,318)　分享",
    "2楼　河边小李　发表于 2027-04-12 21:30",
    "周哥这竿子我也有，同感！",
    "3楼　钓鱼的阿梅　发表于 2027-04-13 08:02",
    "请问配的是几号线？",
]


def test_a_posts_footer_over_its_replies_goes() -> None:
    kept = kept_set("\n".join(_THREAD))
    for line in _THREAD[8:11]:
        assert same(line) not in kept
    for line in _THREAD[4:8]:
        assert same(line) in kept


def test_an_action_row_counting_in_thousands_is_a_share_bar() -> None:
    from reader.core.junk_rules import Reason
    from reader.core.line_verdicts import judge_all

    for row in ("收藏(1,204)　点赞(2,318)　分享", "赞(1.2万) 评论(36) 分享"):
        assert judge_all([row])[0][1] is Reason.SHARE_BAR


def test_a_signatures_label_amid_the_post_stays() -> None:
    page = [*_THREAD[:6], "签名：这根竿子我一直没换，习惯了。", *_THREAD[6:8]]
    kept = kept_set("\n".join(page))
    assert same(page[6]) in kept


def test_a_reviews_disclosure_that_the_site_keeps_its_say_goes() -> None:
    page = [
        "家電試用室",
        "首頁　評測　清潔　廚房",
        "空氣清淨機兩週實測：小套房夠不夠用",
        "文／林書瑋　2027-05-02",
        "本文試用機由品牌商提供借測，本站保有完整編輯自主權，刊出前未經品牌審閱。",
        "這台清淨機標示適用坪數八坪，我們放在六坪的小套房裡連續開了兩週，每天記錄室內的PM2.5數字。",
        "第一週正好遇上鋒面，空氣品質普遍不好，開機後大約二十分鐘，室內數字就能降到個位數。",
        "噪音是最大的缺點，最高檔時在房間裡講電話會被干擾，晚上只能開到低檔。",
    ]
    kept = kept_set("\n".join(page))
    assert same(page[4]) not in kept
    for line in page[5:]:
        assert same(line) in kept
