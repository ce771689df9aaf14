"""Reader mode on the shapes the seventy-seventh held-out set showed: a
saved page's table of winners, its cells one space apart, its rows all
taken for menus (tied places leading two rows alike), under its heading."""

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
