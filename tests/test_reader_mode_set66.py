"""Reader mode on the shapes the sixty-sixth held-out set showed: a spec
table's rows of a label and a figure with its unit, between kept rows of the
shape; a table's head row over rows numbered 1, 2; a numbered section head
another file of the folder also has, going on from the notice's kept head
above; a list's rows that credit each item's makers before a full-width
slash (records, not the page's credits); a family list's rows of kin words
and names between kept rows of names."""

from __future__ import annotations

from cleaning_support import kept_set, same
from reader.core.cleaning import clean
from reader.core.line_features import template_key


def test_a_spec_tables_figure_rows_between_kept_rows_stay() -> None:
    text = "\n".join(
        [
            "首頁　新車　試駕　二手車",
            "小型電動車試駕：城市代步夠用嗎？",
            "這部車的車身細小，在舊城區窄路轉彎十分輕鬆，停車場的窄位也能一次泊好，整體操控相當靈活。",
            "電池方面，一星期只需充電一次，對每天只行二三十公里的用家來說已經足夠，不必為續航擔心。",
            "規格一覽",
            "項目 數據",
            "車身尺寸（長×闊） 3,980×1,720mm",
            "座位數目 5",
            "輪距 1,520mm",
            "電池容量 42.3kWh",
            "最高車速 150km/h",
            "官方續航（WLTP） 320km",
            "售價 MOP 168,000",
            "優點：車身細小、轉彎靈活",
            "缺點：後座較窄、車尾箱細",
            "總結一句：如果你日日要喺舊城區搵位泊車，呢部車值得去試一試，價錢亦都算合理。",
            "＊試駕車輛由代理商提供，本刊編輯部保持獨立評論。",
            "標籤：電動車　試駕",
            "延伸閱讀",
            "試駕另一款細車：夠唔夠位？",
        ]
    )
    kept = kept_set(text)
    for line in ["輪距 1,520mm", "電池容量 42.3kWh", "最高車速 150km/h"]:
        assert same(line) in kept, line


def test_a_head_row_over_rows_numbered_one_and_two_stays() -> None:
    text = "\n".join(
        [
            "首页　学院概况　人才培养　科学研究",
            "关于举行硕士学位论文答辩的公告",
            "经学位论文评阅及预答辩审核通过，我院定于下月上旬举行本学期硕士学位论文公开答辩，现将有关安排公告如下。",
            "一、答辩安排",
            "序号 姓名 专业 导师 题目",
            "1 王明远 化学工程 李建国 教授 新型催化剂的制备与性能研究",
            "2 赵晓丽 应用化学 陈志强 教授 水处理膜材料的改性研究",
            "二、答辩地点",
            "地点：化工楼A座201会议室",
            "欢迎广大师生届时旁听，旁听人员请提前十分钟入场并保持安静。",
        ]
    )
    assert same("序号 姓名 专业 导师 题目") in kept_set(text)


def test_a_numbered_head_going_on_from_the_kept_one_is_no_template() -> None:
    text = "\n".join(
        [
            "首页　通知公告",
            "关于图书馆寒假开放安排的通知",
            "各位读者：根据学校寒假工作安排，现将图书馆寒假期间开放安排通知如下，请各位读者相互转告。",
            "一、开放时间",
            "寒假期间每周一至周五上午九时至下午五时开放，周末及春节假期闭馆，具体以馆内公告为准。",
            "二、借阅安排",
            "寒假前借出的图书，归还期限统一顺延至开学后第二周，逾期不计罚款，请读者放心借阅。",
            "续借热线：0551-6390 1188（工作日上午九时至下午五时，请报读者证号）",
            "三、注意事项",
            "1．进馆请刷校园卡，寒假期间请勿在阅览室、自习室及走廊等公共区域内饮食，保持馆内整洁。",
            "2．自习座位不得长时间占用，离开超过半小时请带走个人物品，否则由管理员统一收存。",
            "图书馆",
        ]
    )
    template = frozenset({template_key("三、注意事项")})
    assert same("三、注意事项") in {same(p) for p in clean(text, template).paragraphs}


def test_book_rows_crediting_makers_before_a_slash_stay_as_records() -> None:
    text = "\n".join(
        [
            "本月童书推荐：冬天里的六本绘本",
            "文／店员 陈家欣　｜　2028年1月5日",
            "冬天到了，孩子们窝在家里的时间多了，我们挑了几本适合睡前一起读的绘本，有故事也有图画。",
            "《小熊的围巾》　文／林佩琪　图／Nur Aisyah　RM26.00（适合3至5岁）",
            "《雪人去旅行》　文、图／何俊杰　RM29.00",
            "《外婆的厨房》　文／郑美玲　图／黄欣然　RM31.00",
            "以上绘本店内都有现货，也欢迎打电话来问，我们会帮你留书，想要签名本的读者请提早告诉我们。",
            "© 2028 某某书店",
        ]
    )
    cleaned = clean(text)
    kept = {same(p) for p in cleaned.paragraphs}
    assert same("《小熊的围巾》　文／林佩琪　图／Nur Aisyah　RM26.00（适合3至5岁）") in kept
    assert cleaned.metadata.author == "陈家欣"


def test_family_rows_between_kept_rows_of_names_stay() -> None:
    text = "\n".join(
        [
            "首頁　社區　分類廣告",
            "林公志明老先生訃告",
            "顯考林公志明老先生，廣東開平人，慟於本月三日在醫院安詳辭世，享壽八十有八歲，一生勤儉，熱心鄉里。",
            "孝眷",
            "未亡人　趙美玉",
            "孝男　林國華　媳　何淑貞",
            "孝男　林國強　媳　Mary Lam",
            "孝女　林麗華　婿　張志偉",
            "孫　林家樂　林家明　林思琪",
            "外孫　張嘉儀　張嘉豪",
            "叩謝各親友致祭，懇辭花圈、帛金，如蒙厚賜，請轉捐慈善機構。",
            "孝眷　同泣告",
        ]
    )
    kept = kept_set(text)
    rows = ["孝男　林國華　媳　何淑貞", "孝男　林國強　媳　Mary Lam", "孝女　林麗華　婿　張志偉"]
    rows.append("孫　林家樂　林家明　林思琪")
    for line in rows:
        assert same(line) in kept, line


def test_a_publishing_date_line_with_kan_deng_under_the_headline_is_the_pages_date() -> None:
    text = "\n".join(
        [
            "登入　註冊　刊登廣告",
            "海灣華人週報",
            "Bay Chinese Weekly",
            "首頁　社區　分類廣告",
            "刊登啟事請電 (510) 555-0123 或電郵 ads@example.com，截稿時間為刊登前兩日中午十二時。",
            "何公永康老先生訃告",
            "刊登日期：2028年1月8日　編號：OB-28-0042",
            "顯考何公永康老先生，廣東新會人，慟於本月二日安詳辭世，享壽八十有五歲，一生勤儉，熱心鄉里。",
            "先父早年隨家人移居灣區，經營雜貨店四十餘年，退休後仍常到同鄉會幫忙，深得鄉親敬重。",
            "孝眷　同泣告",
        ]
    )
    cleaned = clean(text)
    assert cleaned.metadata.title == "何公永康老先生訃告"
    assert cleaned.metadata.date is not None and cleaned.metadata.date.startswith("2028-01-08")


_DEFENCE_NOTICE = [
    "学院首页　|　English",
    "School of Chemistry, Example University",
    "首页　学院概况　人才培养　通知公告",
    "关于举行博士学位论文预答辩的通知",
    "发布者：研究生办公室　发布时间：2028-03-02 09:10",
    "经导师推荐并经学院审核，定于三月中旬举行本学期博士学位论文预答辩，现将有关事项通知如下，欢迎师生旁听。",
    "一、时间地点",
    "时间：2028年3月15日（星期三）14:00开始",
    "地点：化学楼二楼报告厅",
    "二、注意事项",
    "1．每位报告人陈述时间不超过三十分钟，专家提问时间不少于二十分钟。",
    "2．旁听人员请提前入场，报告期间手机调至静音，请勿拍照录像。",
    "3．预答辩全程录音，存档备查。",
    "联系人：许老师",
    "联系电话：0551-6390 1234",
    "化学学院",
    "研究生工作办公室",
    "2028年3月2日",
    "附件：",
    "1．预答辩申请表.docx",
    "上一篇：关于做好研究生中期考核工作的通知",
    "版权所有：某某大学化学学院　地址：某市某区某路1号",
]


def test_a_contact_person_is_no_author() -> None:
    assert clean("\n".join(_DEFENCE_NOTICE)).metadata.author is None


def test_contact_rows_over_a_signer_of_two_lines_and_its_date_stay() -> None:
    kept = kept_set("\n".join(_DEFENCE_NOTICE))
    for line in ["联系人：许老师", "联系电话：0551-6390 1234", "化学学院", "研究生工作办公室", "2028年3月2日"]:
        assert same(line) in kept, line


def test_a_contact_row_after_a_numbered_sections_kept_fields_stays() -> None:
    text = "\n".join(
        [
            "首页　学院概况　通知公告",
            "关于举办青年学者学术沙龙的通知",
            "为促进青年教师之间的学术交流，学院定于本月下旬举办第十二期青年学者学术沙龙，欢迎全院师生踊跃参加。",
            "一、活动安排",
            "主讲人围绕各自研究方向作简要报告，随后进行自由讨论，每位主讲人报告时间约二十分钟。",
            "二、时间与地点",
            "时间：2028年4月20日（星期四）15:00",
            "地点：图书馆三楼学术报告厅",
            "腾讯会议号：512-338-9021（仅限校内人员，请实名入会）",
            "三、报名方式",
            "请于4月18日前通过学院网站填写报名表，名额有限，额满即止，谢谢大家的支持与配合。",
        ]
    )
    assert same("腾讯会议号：512-338-9021（仅限校内人员，请实名入会）") in kept_set(text)


def test_the_writers_given_name_under_the_last_paragraph_stays() -> None:
    text = "\n".join(
        [
            "[妈妈的厨房日记](https://example.com/)",
            "# 第一次带孩子做月饼",
            "陈美琪 · 2028年9月10日 · 亲子手作 · 阅读约4分钟",
            "今年中秋，我决定带两个孩子自己做月饼。材料很简单，在超市就能买齐，模具是去年买的一直没用过。",
            "老大负责揉面，老二负责压模，结果厨房变成了战场，面粉撒得到处都是，但是大家都笑得很开心。",
            "烤出来的月饼有点丑，但孩子们说这是他们吃过最好吃的月饼。明年还要再做一次。",
            "美琪",
            "**喜欢这篇文章吗？** 订阅我的电子报，每周收到新文章！👉 [立即订阅](https://example.com/subscribe/)",
            "### 你可能也会喜欢",
            "- [孩子的第一个灯笼](https://example.com/lantern/)",
            "© 2028 妈妈的厨房日记",
        ]
    )
    assert same("美琪") in kept_set(text)


def test_a_disclaimer_saying_only_for_reference_under_the_story_goes() -> None:
    text = "\n".join(
        [
            "首頁　健康　親子　飲食",
            "【醫生問診室】小朋友成日發燒點算好？",
            "問：小朋友發燒到幾多度先要睇醫生？",
            "答：三個月以下嘅BB一發燒就要睇醫生；大啲嘅小朋友如果精神好，可以先喺屋企觀察一兩日，多飲水，多休息。",
            "＊本文內容只供參考，不能取代醫生的專業診斷及治療。如有疑問，請諮詢註冊醫生。",
            "#兒童健康　#發燒",
            "相關文章",
            "【醫生問診室】小朋友咳嗽要唔要食藥？",
        ]
    )
    assert same("＊本文內容只供參考，不能取代醫生的專業診斷及治療。如有疑問，請諮詢註冊醫生。") not in kept_set(text)
