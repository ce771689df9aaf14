"""Reader mode on the shapes the seventy-fifth held-out set showed: an ad
under its label and a colon amid a forum thread, a poster's dash-framed
signature over the replies, and an expressway company's short brand
beside the full name the page gives for itself."""

from __future__ import annotations

from cleaning_support import kept_set, same

_THREAD = [
    "某某家居論壇",
    "首頁　新聞　二手　租屋　居家　登入",
    "【分享】舊屋換咗新窗一年嘅心得",
    "樓主　阿華_Burnaby　｜　發表於 2027-02-03 21:15　｜　回覆 9",
    "廣告：本拿比窗戶更換，免費上門度尺，即致電 778-XXX-XXXX",
    "我屋企舊年二月換咗成間屋嘅窗，用咗一年，講下暖氣費同噪音有咩唔同，俾想換嘅朋友參考。",
    "窗框揀咗uPVC，雙層玻璃，成間屋十四隻窗，連安裝大約一萬二。",
    "最明顯係冬天冇咁凍，暖氣費平均每月少咗二十蚊左右，街上嘅車聲都細咗好多。",
    "以上係我嘅經驗，有問題歡迎問，識答就答。",
    "——揸車返工廿年，仲未習慣落雪——",
    "#2　小美媽咪　2027-02-04 08:30",
    "請問換窗要唔要申請許可？",
    "#3　阿華_Burnaby　2027-02-04 09:10",
    "我哋冇改窗口大細，唔使申請。",
    "© 2027 某某家居論壇",
]


def test_an_ad_under_its_label_and_a_colon_goes() -> None:
    kept = kept_set("\n".join(_THREAD))
    assert same(_THREAD[4]) not in kept
    assert same(_THREAD[5]) in kept and same(_THREAD[6]) in kept


def test_a_review_row_about_ads_stays() -> None:
    # (an app review's rows of facts: the app's ads under the same label, short, no offer in it)
    page = [
        "一個輸入法App嘅評測標題",
        "呢個輸入法用咗兩個星期，整體嚟講好用，準確度比預期高，但係私隱設定要自己揀。",
        "私隱：6/10",
        "廣告：冇",
        "速度：8/10",
        "整體嚟講值得一試，尤其係成日要打廣東話嘅朋友。",
    ]
    kept = kept_set("\n".join(page))
    assert same("廣告：冇") in kept and same("私隱：6/10") in kept


def test_the_posters_dash_framed_signature_over_the_replies_goes() -> None:
    kept = kept_set("\n".join(_THREAD))
    assert same(_THREAD[9]) not in kept
    assert same(_THREAD[8]) in kept
    assert same(_THREAD[11]) not in kept and same(_THREAD[13]) not in kept


def test_an_obituarys_condolence_messages_under_their_header_go() -> None:
    page = [
        "李公志明老先生訃告",
        "先父李公志明老先生，原籍廣東台山，慟於二〇二七年三月一日壽終於屋崙，享壽九十一歲。",
        "不孝等隨侍在側，親視含殮，遵禮成服，謹擇於三月十日假華埠殯儀館設靈，隨即出殯。",
        "孝眷　同泣告",
        "網上悼言",
        "黃伯：志明叔當年教我寫揮春，好人一生平安，家人節哀。",
        "台山同鄉會全體會員：敬悼李老先生，德範長存。",
        "© 2027 某某日報",
    ]
    kept = kept_set("\n".join(page))
    assert same(page[3]) in kept and same(page[2]) in kept
    for line in page[4:7]:
        assert same(line) not in kept, line
