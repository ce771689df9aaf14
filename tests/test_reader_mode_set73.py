"""Reader mode on the shapes the seventy-third held-out set showed: a
results table whose head row (a menu's shape) and short heading stand over
rows the body kept; a neighbourhood board's post under a banner saying the
site has not checked it, with related posts and comments after it; a
column's byline led by the outlet and a section and column joined by a bar;
a town's notice issued by a unit of its own that shares only the place."""

from __future__ import annotations

from reader.core.cleaning import clean
from reader.core.metadata import Hints, parse_meta_line
from reader.core.person_values import fold_text


def test_a_tables_head_row_and_its_heading_over_rows_the_body_kept_are_the_tables() -> None:
    lines = [
        "青溪棋社 Qingxi Go Club",
        "首頁　最新消息　比賽成績　聯絡我們",
        "秋季例賽第三輪成績公告",
        "發佈日期：2029-10-12 21:00",
        "本社秋季例賽第三輪已於10月12日完成，經裁判組核對後，公告成績如下。",
        "前五名",
        "名次\t棋手\t勝局\t積分",
        "1\t沈嘉樂\t5\t10.5",
        "2\t葉文傑\t4\t9.0",
        "3\t范志遠\t4\t8.5",
        "4\t沈嘉樂\t3\t7.5",
        "5\t羅子健\t3\t7.0",
        "獎品將於下輪比賽當天頒發，請得獎棋手親自領取。",
        "對成績有疑義者，請於10月19日前以書面向裁判組提出。",
        "© 2029 青溪棋社",
    ]
    kept = clean("\n".join(lines), hints=Hints(title=lines[2])).paragraphs
    assert "名次 棋手 勝局 積分" in kept
    assert "前五名" in kept
    assert "1 沈嘉樂 5 10.5" in kept


def _board_post() -> tuple[str, ...]:
    lines = [
        "北灣街坊網 North Bay Neighbours",
        "首頁　社區消息　尋人尋物　二手交易　登入",
        "社區消息 > 尋人尋物",
        "【尋狗】北灣公園附近走失唐狗「芝麻」",
        "發佈者：何詠琪　｜　2029年3月2日 20:10　｜　瀏覽 842",
        "⚠ 本區帖文由用戶自行發佈，本網站未有核實內容，交易前請小心查證。",
        "各位街坊你好：",
        "我家的狗「芝麻」於3月1日晚上在北灣公園附近走失，牠很怕車聲，應該躲在附近的後巷或花槽，請大家幫忙留意。",
        "狗隻資料",
        "名字：芝麻",
        "毛色：黑色，胸口有白毛",
        "晶片：有",
        "目擊記錄（街坊提供，多謝大家）",
        "3月1日 22:30　北灣公園涼亭旁",
        "3月2日 06:15　海濱長廊單車徑",
        "如見到芝麻，請不要追趕，可以拍照記下地點，然後聯絡我，尋回後必有酬謝。",
        "聯絡：何小姐 6123 xxxx（WhatsApp）",
        "多謝大家！",
        "相關帖文",
        "【尋貓】金海山走失橘貓，已尋回，多謝大家",
        "【拾獲】中區拾獲銀包一個",
        "留言（3）",
        "街坊阿強：今朝喺後巷好似見到一隻黑色唐狗，希望係芝麻！",
        "Ivy Chan：已分享，祝早日尋回。",
        "我屋企都有隻唐狗，明白你心情，加油！",
        "請先登入再留言",
        "免責聲明：本網站只提供平台讓街坊交流，所有帖文內容由發佈者負責，本網站不會就任何損失承擔責任。",
        "關於我們｜私隱政策｜聯絡我們",
        "© 2029 北灣街坊網",
    ]
    return clean("\n".join(lines), hints=Hints(title=lines[3])).paragraphs


def test_a_boards_banner_that_it_has_not_checked_the_posts_is_the_sites() -> None:
    kept = _board_post()
    assert not any(p.startswith("⚠") for p in kept)
    assert "各位街坊你好：" in kept


def test_a_related_posts_head_and_the_titles_and_comments_under_it_go() -> None:
    kept = _board_post()
    assert "多謝大家！" in kept and "3月1日 22:30\u3000北灣公園涼亭旁" in kept  # (the post's own log stays)
    assert not any(p.startswith(("相關帖文", "【尋貓】", "【拾獲】", "街坊阿強", "Ivy Chan")) for p in kept)


def test_a_section_and_its_column_after_the_outlet_leave_the_writer_the_author() -> None:
    line = "**南洋周报 · 专栏｜岁月留声** · 文／郑佩玲 · 2029年4月8日"
    meta = parse_meta_line(line, fold_text(line))
    assert meta is not None and meta.author == "郑佩玲" and meta.source == "南洋周报"


def _notice(unit: str) -> str | None:
    lines = [
        "青礁镇人民政府门户网站",
        "首页　政务公开　镇情概况　办事服务",
        "您的位置：首页 > 政务公开 > 通知公告",
        "关于青礁渔港码头临时封闭的通知",
        f"发布时间：2029-06-02 10:00　发布单位：{unit}　浏览次数：812",
        "各位渔民朋友：",
        "因码头护岸维修，青礁渔港东码头将于6月5日至6月12日临时封闭，请各船只提前安排停泊，改用西码头装卸。",
        "维修期间请勿进入施工区域，如有疑问请致电咨询。",
        "© 2029 青礁镇人民政府",
    ]
    return clean("\n".join(lines), hints=Hints(title=lines[3])).metadata.source


def test_an_issuing_unit_that_shares_only_the_sites_place_is_the_source() -> None:
    assert _notice("青礁镇渔港管理服务中心") == "青礁镇渔港管理服务中心"
    # (the site's own name and a desk still leaves the site)
    assert _notice("青礁镇人民政府办公室") == "青礁镇人民政府"
