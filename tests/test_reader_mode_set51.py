"""Reader mode on the shapes the fifty-first held-out set showed: a price
board's second list of bare-figure rows straight under a numbered head, a
notice's sign-off date under its signer, ..."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.folding import fold
from reader.core.metadata import parse_meta_line

_RETAIL = ["白菜 1.20", "萝卜 0.90", "土豆 1.60", "整袋（10斤装） 15.00"]


def test_a_second_list_of_bare_figure_rows_under_a_numbered_head_stays() -> None:
    # (the unit stated once in the sentence above the first list; rows of one shape, no heads of their own)
    text = "\n".join(
        [
            "某某蔬菜合作社 · 官方网站",
            "首页　合作社简介　今日菜价　联系我们",
            "3月2日蔬菜收购及零售价格公示",
            "发布时间：2027-03-02 07:30　来源：某某蔬菜合作社　浏览：210",
            "各位社员：",
            "今日菜价较昨日持平，现将今日价格公示如下（单位：元/斤）：",
            "一、收购价",
            "白菜（大棵） 0.80",
            "萝卜（净菜） 0.60",
            "土豆 1.10",
            "二、零售价",
            *_RETAIL,
            "三、说明",
            "1. 收购价按当日早上行情确定，下午如有变动另行公布。",
            "2. 雨雪天气门市照常营业，请各位社员注意路面安全。",
            "某某蔬菜合作社",
            "2027年3月2日",
            "扫码关注公众号，每日价格早知道",
            "Copyright © 2027 某某蔬菜合作社",
        ]
    )
    kept = kept_set(text)
    for line in _RETAIL:
        assert same(line) in kept, line


def test_a_notice_s_sign_off_date_under_its_signer_stays() -> None:
    # (the signer named like the masthead; its date on the next line is the sign-off's own)
    text = "\n".join(
        [
            "某某蔬菜合作社 · 官方网站",
            "首页　合作社简介　今日菜价　联系我们",
            "春节期间门市休息安排",
            "发布时间：2027-02-09 08:00　来源：某某蔬菜合作社　浏览：320",
            "各位社员、客户：",
            "春节将至，经合作社研究决定，门市于正月初一至初三休息，初四起照常收购与零售，不便之处敬请谅解。",
            "一、休息期间",
            "1. 正月初一至初三门市休息，社员交售请提前联系。",
            "2. 休息期间冷库照常运转，已订货客户可凭单提货。",
            "二、恢复收购",
            "正月初四起恢复收购，收购价按当日早上行情确定，下午如有变动另行公布。",
            "某某蔬菜合作社",
            "2027年2月9日",
            "【特别提醒】本社从未委托任何个人以社员专供等名义对外销售或收取会员费，近期有人冒用本社名义在微信群中收取定金，请提高警惕，一切以本网站公布为准。",
            "上一条：2月8日价格公示",
            "扫码关注公众号，每日价格早知道",
            "Copyright © 2027 某某蔬菜合作社",
        ]
    )
    assert same("2027年2月9日") in kept_set(text)


_STALLS = ["椰浆饭摊（需要店铺等级 12）", "肉骨茶摊（需要店铺等级 8）"]


def test_list_items_that_state_the_level_they_ask_for_in_closing_brackets_stay() -> None:
    # (a level in the brackets that close the line is the item's requirement, no user's rank)
    text = "\n".join(
        [
            "某某游戏 官方网站",
            "首页　新闻　攻略　客服",
            "v2.4.0 版本更新说明",
            "运营团队 发布于 2027-02-01 10:00",
            "各位老板好！v2.4.0 版本将于 2 月 3 日凌晨停机更新，更新完成后请下载最新版本。以下是本次更新的主要内容。",
            "一、新摊位",
            *_STALLS,
            "二、问题修复",
            "修复部分机型在夜间模式下闪退的问题",
            "修复好友摊位偶尔显示为空的问题",
            "感谢大家一直以来的支持，祝各位老板新年快乐，生意兴隆！",
            "© 2027 某某游戏 版权所有",
        ]
    )
    kept = kept_set(text)
    for line in _STALLS:
        assert same(line) in kept, line


def test_a_numbered_head_that_goes_on_from_the_kept_heads_and_reads_as_controls_stays() -> None:
    # (五、 after a kept 四、: a spaced-out clock time made the line look like page controls)
    text = "\n".join(
        [
            "某某社區 住戶服務網",
            "首頁　管委會公告　財務報表　設施預約",
            "第三屆區分所有權人會議　會議紀錄摘要",
            "公告單位：某某社區管理委員會　公告日期：2027-02-06　瀏覽次數：120",
            "各位住戶您好：",
            "本社區第三屆區分所有權人會議已於 1 月 24 日下午 2 時召開，出席人數已達法定人數，會議合法成立。",
            "一、主席報告",
            "主任委員報告本年度工作成果，包括完成地下室排水溝清淤與更換電梯鋼纜。",
            "二、財務報告",
            "財務報表已於會前公告，會中無異議通過。",
            "三、討論事項",
            "案由一：頂樓防水工程是否動支公共基金，決議同意通過。",
            "四、臨時動議",
            "有住戶提出充電樁設置問題，經討論後請管委會先行調查需求戶數。",
            "五、散會　下午 3 時 50 分",
            "※ 本網站僅供本社區住戶使用，內容涉及住戶資料，請勿轉貼散布，如因轉載造成爭議，轉載者應自負法律責任。",
            "上一則：春節期間垃圾清運時間表",
            "Copyright © 2027 某某社區管理委員會 All Rights Reserved.",
        ]
    )
    assert same("五、散會　下午 3 時 50 分") in kept_set(text)


def test_a_fee_list_s_last_row_under_two_kept_rows_priced_in_the_same_currency_stays() -> None:
    # (more words than its siblings, so it read as a menu; the body goes on under it)
    text = "\n".join(
        [
            "某某會計師事務所 Gabinete de Contabilidade",
            "首頁　服務範圍　稅務專欄　常見問題　聯絡我們",
            "【2027報稅季】職業稅申報常見問題",
            "發佈日期：2027年2月4日　作者：某某 會計師",
            "每年一月至二月是職業稅納稅人申報的時間，本所近日接到不少查詢，現將常見問題整理如下。",
            "問1：本所可以代為申報嗎？",
            "答：可以。個人申報代辦費：",
            "單一收入來源 MOP 500",
            "兩個收入來源 MOP 800",
            "另需核對扣除單據 每小時 MOP 300",
            "如需預約，請於辦公時間致電或以 WhatsApp 聯絡本所。",
            "分享：Facebook　WhatsApp　WeChat",
            "© 2027 某某會計師事務所 版權所有",
        ]
    )
    assert same("另需核對扣除單據 每小時 MOP 300") in kept_set(text)


def test_a_row_of_fields_led_by_the_bare_publishing_verb_gives_its_source_and_credits_its_editor() -> None:
    # (发布：date, as 发布时间：date; the editor is credited, the row names no writer)
    row = "发布：2027-03-01 09:20　来源：某某镇人民政府　编辑：王丽娟"
    meta = parse_meta_line(row, fold(row))
    assert meta is not None
    assert (meta.source, meta.author, meta.date) == ("某某镇人民政府", None, "2027-03-01 09:20")
    assert ("编辑", "王丽娟") in meta.credits


def test_a_second_credit_with_who_they_are_in_brackets_is_credited() -> None:
    # (after a wide gap: a role the tables do not know, the name, a note on the person)
    row = "文／陳志明　審稿／黃雅婷（營養學碩士）"
    meta = parse_meta_line(row, fold(row))
    assert meta is not None
    assert meta.author == "陳志明"
    assert ("審稿", "黃雅婷") in meta.credits
