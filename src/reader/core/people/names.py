"""What a name looks like: Chinese surnames, transliteration characters,
English name tokens, and the words around a name that say "this is a person".

Every table is written in Simplified characters and compared against
:func:`reader.core.folding.fold` output, so Traditional text matches too.
"""

from __future__ import annotations

import re

from reader.core.surnames import COMPOUND_SURNAMES, SURNAMES

# Dynasties and eras an anthology writes before a poet's name with a dot
# (唐·李白, 宋·苏轼): the era, not a part of the name.
ERAS = tuple("先秦 秦 汉 魏 晋 隋 唐 宋 元 明 清 五代 南朝 北朝 民国 近代 现代 当代".split())
# A dynasty's time right before a name (明末毛晋, 清代的黄丕烈, 东汉蔡伦), a dynasty's general
# (秦将蒙恬; not 明将, tomorrow will) or one of its people (清人屈大均, 宋人; not 明人, the idiom's
# honest man, nor 汉人, the Han): it dates a historical person, as an age dates a living one.
ERA_BEFORE_RE = re.compile(
    # (and a dynasty that "had" the person, as a classical preface lists ancestors: 汉有钟皓，魏有…)
    r"(?:[东西南北前后][汉晋宋周魏齐]|[秦汉晋隋唐宋元明清][代朝末初]|[秦汉晋隋唐宋元清]将|[秦晋隋唐宋元清]人|[秦汉晋隋唐宋魏]有)的?$"
)
# Words of a life's span right after a name (许獬生平, 生前, 逝世): only a person has one.
LIFE_AFTER = ("生平", "生前", "逝世", "诞辰", "去世", "病逝")

# Common Japanese surnames as written in Chinese (石川真佑, 是枝裕和). Many
# are also ordinary words or places, so they count only with a cue or a
# bracketed English name, never on shape alone.
JAPANESE_SURNAMES = frozenset(
    "佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 "
    "山崎 森田 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 "
    "青木 坂本 齐藤 福田 太田 西村 藤井 金子 冈本 藤原 中野 三浦 原田 松田 竹内 小野 田村 中山 "
    "和田 石田 森本 上田 酒井 柴田 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 丸山 今井 "
    "河野 藤本 村田 武田 上野 杉山 增田 小山 大冢 平野 菅原 久保 松井 千叶 岩崎 樱井 木下 野口 "
    "松尾 菊地 野村 新井 渡部 是枝 宫崎 北野 黑泽 小泽 大谷 羽生 浅田 福原 锦织 本田 香川 三笘 "
    "石原 小池 岸田 安倍 星野 新垣 坂口 高田 西田 滨田 浜田 松下 久保田 宫泽 长泽 荒木 伊东 "
    "佐野 吉川 堀江 中田 大岛 宫下 永井 杉本 富田 细川 樋口 山内 岛田 平田 关口 菅野 秋山 "
    # more of the ~300 commonest
    "植田 大森 小松 松冈 冈崎 石桥 荒井 大西 大久保 小岛 水野 野田 片山 桑原 川口 小田 松原 市川 "
    "中川 北村 大塚 高野 吉村 中西 服部 小西 今村 川村 中井 大石 野崎 宫田 高山 三宅 松村 永田 "
    "矢野 平井 岩田 西川 须藤 菅 望月 小西 榎本 黑田 西山 古川 大川 新田 冈村 岩本 坂田 千田 "
    "浅野 奥村 大桥 宫川 松浦 小仓 堀内 早川 土屋 鹤田 原口 山中 中岛 饭田 吉冈 大川 川上 "
    # three-character ones, and more of the common two-character ones
    "五十岚 小野寺 小笠原 宇都宫 宇多田 长谷部 小松崎 三田村 "
    "松岛 吉野 北川 西野 寺田 中泽 二宫 相叶 樱庭 石黑 深田 绫濑 长野 小栗 松坂 广濑 有村 "
    "滨边 滨崎 滨口 米仓 新海 宫部 东野 庵野 押井 细田 安达 白石 北原 堤 泷泽 手冢 鸟山 尾田 井川".split()
)

# Cantonese particles and pronouns (嘅 咗 嚟 喺 啲 佢 冇 唔 咁 哋 嗰, folded):
# never inside a name, and no name starts with one (陳伯嘅, 學生嚟搵布).
# 係 (the copula, folded 系) too: 有張係企喺 is 張 + 係企 (is standing), no name.
CANTONESE_PARTICLES = frozenset("嘅咗嚟喺啲佢冇唔咁哋嗰系\U00020bb6")
# Characters that never end (or sit inside) a Chinese given name: particles,
# pronouns, verbs of saying, measure words. They mark where a name stops.
# Characters of kinship words (其女, 之子, 侄孙, 外甥): one before a name says what the person is to another.
KIN_CHARACTERS = frozenset("女子儿父母妻夫兄弟姐妹孙侄甥")
# Kin words after a surname or a given name: how neighbours name someone (邵奶奶, 周大姐, 金花奶奶).
KIN_ADDRESSES = ("奶奶", "爷爷", "姥姥", "姥爷", "大姐", "大哥", "大妈", "大爷", "阿姨")
NOT_IN_GIVEN_NAME = (
    frozenset(
        "的了是在和与也都就还又被把将对从向给这那个们着过吗呢吧啊等及或而但却才再正已所其之则便即亦并仍均皆竟社网"
        "我你他她它说称表曾会要能可没不很最更太让使得地于以为此每各某该本该么什哪谁几两一二三"
        "四五六七八九十百千万亿年月日时分秒号人家里上下中内外前后来去到做看听想问答讲认指透图怎"
    )
    | CANTONESE_PARTICLES
)

# Characters Chinese uses to transliterate foreign names (after the Xinhua
# transliteration tables), so a run of them is likely a foreign name.
TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂奥巴拔白班邦鲍贝本比彼毕宾波伯博布查茨达戴丹道德登迪蒂丁东杜多厄恩尔"
    "法凡范菲费芬丰佛弗福伏盖甘冈戈格根古瓜圭哈海汉豪赫黑亨胡华怀霍基吉加贾杰捷金卡凯"
    "坎康考柯科可克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里理丽利莉连列林琳隆卢鲁路伦罗洛马玛迈"
    "麦曼芒梅门蒙米密明摩莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐契恰乔"
    "琴丘萨塞赛桑瑟森沙莎尚舍圣施什史斯松苏索塔泰坦汤唐特提汀图托瓦万旺威韦维温文翁沃"
    "乌武西希锡席夏谢辛休雅亚扬耶伊因尤约泽扎詹兹朱卓珍黛娅琪薇丝露茜芙顿舒勃蒲哲夫佐"
    "尼诺罗妮姬缇奈纳基斯蒂芬娜雷扎巴买提热合木江尔古丽汗依帕夏曼德莱侬翰逊孙保芭斐琼冯让廉治卜"
)

# Stop characters that do sit inside real given names (王家明, 何之谦,
# 潘一心, 赖正宏): a name holding one needs a cue or a second mention.
SOFT_IN_GIVEN_NAME = frozenset("家一正之可中万千三月亦均才来年人以在") & NOT_IN_GIVEN_NAME
HARD_NOT_IN_GIVEN_NAME = NOT_IN_GIVEN_NAME - SOFT_IN_GIVEN_NAME
# Of those, these only open a given name (文在寅, 钟以正): 李娜在 is 李娜 + 在.
SOFT_FIRST_ONLY = frozenset("在以")
# Adverbs that may follow a name straight before a verb (傅明共出示, 特列斯连换, 我师公常说):
# a name does not end in one when a Han character follows.
NOT_LAST_BEFORE_HAN = frozenset("共连仅常")
# Function words that never sit in a given name at all (人, 年, 日 do: 丁立人,
# 萧伯年), for names the tagger proposes.
PARTICLES = (
    frozenset("的了是在和与也都就还又被把将对从向给这那们着过吗呢吧啊及或而但却说称我你他她它么什哪谁每该")
    | CANTONESE_PARTICLES
)
# A name never ends in these: 黄龙病 is a disease, 朴子溪 a river, 包括县 a
# county, 行政组 an office, 韩信杯 a cup, 李宁牌 a brand, 宋江阵 a folk troupe's formation, 孙辈 a generation,
# 鳌太线 a trail (成昆线 a railway, 十五号线 a metro line).
NOT_LAST = frozenset("病症溪港桥镇乡县村路街署组杯牌阵辈线")
# A surname and 记 is a shop or a restaurant named after its owner (张记), not
# a person (a longer form ending in 记 may be a blog's name: 老猫磨刀记).
SHOP_MARK = "记"
# Adverbs that follow a subject, never a conjunction's second noun (邢正和则).
AFTER_SUBJECT = frozenset("则也都就还又曾却便亦仍均才已将")
# Prefixes of a nickname, not a name: 阿贤, 老王, 小李.
NICKNAME_PREFIXES = frozenset("阿老小")

# One-character short forms of a title after a surname (郭导 for 导演郭峰,
# 王总, 李董, 陈局): the pair is an address, so a "given name" that starts
# with one and runs on into a verb (郭导让, 王总说) is no name.
ROLE_SHORT_FORMS = frozenset("导总董局处")

# What people call someone instead of the name (王教授, 陈阿嬷, 邝师傅,
# 诺拉姐): a form ending in one is an address, not the name itself.
ADDRESS_SUFFIXES = tuple(
    sorted(
        "先生 女士 小姐 太太 教授 博士 老师 医生 师傅 阿姨 阿嬷 阿婆 婆婆 伯伯 叔叔 姐 哥 嫂 伯 叔 婶 "
        "公 婆 嬷 爷 妈 总 董 局 院 导 所长 校长 主任 书记 律师 同学 教练 队长 警官 "
        # titles used as an address after the surname (钟院士, 贾导演, 黄经理)
        "院士 导演 经理 总裁 总监 主席 部长 市长 局长 处长 科长 厂长 村长 县长 镇长 议员 法官 "
        "会长 社长 馆长 院长 站长 主编 大夫 护士 掌柜 老板 同志 同事".split(),
        key=len,
        reverse=True,
    )
)

# Words right after a name that say a person is talking or being described (话: Cantonese 'says').
AFTER_CUES = tuple(
    sorted(
        "表示 说 说道 话 称 认为 指出 告诉 透露 强调 坦言 笑言 介绍 回忆 解释 回应 补充 写道 提到 直言 "
        "承认 宣布 相信 觉得 希望 笑称 坦承 表态 称赞 评价 问道 答道 感叹 惊呼 "
        "提醒 警告 呼吁 主张 发文 发帖 接受 先生 女士 教授 博士 院士 总统 主席 总理 部长 市长 "
        "省长 教练 老师 医生 律师 议员 大使 将军 同学 夫妇 本人 发言 坦承 曾说 曾表示 则说 也说 "
        "还说 就说 对记者 向记者 问 答 回复 留言 怒斥 批评 否认 证实 看来 眼中 报道 报导 摄 "
        "质疑 分析 暗示 苦笑 追问 执导 主演 饰演 执教 撰写 大律师 资深大律师 会计师 兽医师 "
        # a film's credits after the name, as 执导 and 主演 (谢晋导演的《芙蓉镇》)
        "导演 编剧 监制 "
        # a church's titles after the name (林清水长老, 何大卫弟兄, 马田·奥康纳神父), Hong Kong's
        # for a nurse or a chaplain (区嘉欣姑娘), and a gloss of who they are to
        # someone (沈丽（其儿媳）)
        "长老 执事 牧师 神父 传道 弟兄 姑娘 (其".split(),
        key=len,
        reverse=True,
    )
)

# Words right before a name: titles, jobs, bylines, "in conversation with".
BEFORE_CUES = tuple(
    sorted(
        "记者 作者 编辑 撰文 摄影 通讯员 教授 主席 总统 总理 部长 董事长 总裁 创始人 联合创始人 "
        "首席执行官 首席科学家 首席技术官 科学家 研究员 研究者 工程师 CEO CTO COO CFO 主任 院长 "
        "校长 教练 主教练 选手 球员 队员 运动员 演员 歌手 导演 作家 诗人 律师 医生 发言人 经理 "
        "总监 负责人 联系人 联络人 得主 国手 棋手 议员 市长 省长 书记 委员 院士 博士 学者 专家 对话 专访 采访 "
        "老师 同事 导师 前锋 后卫 中锋 门将 队长 主帅 冠军 嘉宾 客人 主持人 分析师 经济学家 物理学家 "
        "化学家 数学家 生物学家 外长 国务卿 议长 首相 法官 检察官 教父 掌门人 投资人 创办人 "
        "合伙人 副总裁 高管 官员 立委 处长 局长 所长 厅长 司长 署长 州长 县长 区长 镇长 村长 主播 评论员 解说员 "
        "裁判 主攻手 二传手 接应 自由人 守门员 前国脚 国脚 棋王 女王 国王 王子 公主 大师 画家 "
        "作曲家 钢琴家 哲学家 历史学家 社会学家 心理学家 工程师 设计师 建筑师 记者站 好手 名将 老将 小将 新秀 "
        "摄影师 摄影指导 师傅 老师傅 导游 领队 游客 旅客 背包客 巨星 影星 歌星 "
        "主力 搭档 部将 将军 球后 球王 一姐 一哥 队友 对手 师兄 师姐 学长 学姐 主管 行长 主委 司长 "
        # kinship
        "父亲 母亲 妻子 丈夫 儿子 女儿 长子 次子 幼子 长女 次女 幼女 孙子 孙女 外孙 外孙女 哥哥 "
        "姐姐 弟弟 妹妹 兄长 胞兄 胞弟 胞姐 胞妹 遗孀 祖父 祖母 爷爷 奶奶 外公 外婆 阿嬷 阿嫲 阿公 太太 未婚妻 "
        "未婚夫 老伴 女友 男友 侄子 侄女 表哥 表姐 表妹 堂兄 堂弟 岳父 岳母 公公 婆婆 大伯 伯父 叔父 母舅 舅父 "
        # roles and jobs
        "鼓手 吉他手 贝斯手 键盘手 琴手 提琴手 小号手 号手 笛手 唢呐手 总厨 主厨 厨工 帮厨 博主 部落客 "
        "主唱 团长 团员 乐手 制作人 制片人 监制 编剧 词人 曲人 经纪人 "
        "警司 警长 警员 警官 民警 辅警 交警 刑警 督察 总督察 高级督察 探员 警务处长 副局长 副市长 副主席 副总理 副部长 "
        "副院长 副校长 副主任 副总经理 副教授 助理教授 讲师 博士生 硕士生 研究生 本科生 博士后 "
        "学生 师妹 师弟 学妹 学弟 护士 护士长 医师 主治医师 主任医师 队医 院长 馆长 策展人 艺术家 "
        "被告 原告 证人 死者 嫌犯 疑犯 受害人 村民 居民 业主 住户 市民 农民 工人 店主 档主 摊主 老板 老板娘 厨师 司机 "
        "社长 主编 总编辑 责任编辑 责编 译者 翻译 撰稿 口述 整理 秘书 解说 实习生 班长 骑师 练马师 "
        "村支书 支书 里长 议长 候选人 参选人 总干事 秘书长 理事长 会长 董事 监事 "
        "前任 现任 大使 领事 特使 外交官 发起人 校友 得奖者 雕塑家 摄影家 收藏家 评论家 企业家 小说家 "
        "散文家 音乐家 舞蹈家 书法家 漫画家 插画家 剧作家 翻译家 实业家 慈善家 科学家 "
        # entertainment, courts, markets, local politics, sport, obituaries
        "女星 男星 影星 歌星 童星 偶像 艺人 声优 模特 女演员 男演员 "
        "被告人 犯罪嫌疑人 嫌疑人 当事人 受害者 被害人 审判长 审判员 陪审员 书记员 公诉人 上诉人 辩护人 "
        "策略师 交易员 基金经理 首席经济学家 "
        "检控官 大律师 资深大律师 裁判官 暂委法官 律政司司长 "
        "乡长 立法委员 党主席 总召 党鞭 人士 "
        "中场 边锋 中卫 边后卫 后腰 替补 射手 投手 捕手 打者 外援 球星 控卫 新援 "
        "弟子 门生 恩师 师父 师母 挚友 好友 同窗 老友 亡妻 先夫 先父 先母 亡父 亡母 匠人 工匠 手艺人 传承人 "
        # everyday kinship and friends (a fan post, a blog)
        "妈妈 爸爸 老公 老婆 室友 朋友 好朋友 闺蜜 男朋友 女朋友 舅舅 姑姑 叔叔 伯伯 姨妈 表弟 邻居 成员 "
        # Cantonese 'his, my, your daughter or son' (佢個女鄭嘉欣): a pronoun, 個 and 女 or 仔
        "佢个女 佢个仔 我个女 我个仔 你个女 你个仔 "
        # a spouse, as the north says it after a pronoun (她男人涂长海, 他媳妇): 'her man', 'his wife'
        "她男人 他女人 他媳妇 "
        # members of a club or a society (老会员贺建平), advisers, volunteers and explorers
        "会员 老会员 顾问 志愿者 义工 探险家 航海家 "
        # owners (of a bull, a dog, a stall)
        "主人 "
        # imperial and colonial offices before an official's name (魏有太傅钟繇, 丞相公孙弘; 甲必丹, a Kapitan China)
        "太傅 太师 太保 太尉 丞相 宰相 尚书 太守 刺史 御史 知县 知府 甲必丹 "
        # trades of the shop floor, a building's and a household's service (老钳工冶金海, 大廈保安拉傑·古隆)
        "钳工 电工 焊工 木工 瓦工 矿工 技工 织工 保安 保安员 门卫 保姆 清洁工 家务助理".split(),
        key=len,
        reverse=True,
    )
)

# "Such as" / "and": words that put a name in a list or an example.
LIST_CUES = ("比如", "例如", "包括", "以及", "和", "与", "及", "、", "对话", "专访")

# Names that look like people's to the rules but are companies, products and
# places news writes about every day (a stoplist, like EN_STOPWORDS).
NOT_PEOPLE = frozenset(
    """
    谷歌 英伟达 微软 苹果 脸书 推特 特斯拉 亚马逊 百度 阿里 阿里巴巴 腾讯 华为 小米 字节 字节跳动 三星
    索尼 英特尔 高通 甲骨文 思科 奈飞 优步 美团 京东 拼多多 网易 新浪 搜狐 丰田 本田 日产 宝马 奔驰
    奥迪 大众 福特 通用 波音 空客 耐克 阿迪达斯 星巴克 麦当劳 肯德基 可口可乐 百事 迪士尼 华纳 派拉蒙
    彭博 路透 新华社 美联社 法新社 多伦多 蒙特利尔 温哥华 纽约 伦敦 巴黎 柏林 东京 首尔 莫斯科 悉尼
    墨尔本 曼谷 新加坡 硅谷 华尔街 白宫 五角大楼 克里姆林宫 斯坦福 哈佛 剑桥 牛津 麻省理工 伯克利
    卡耐基梅隆 普林斯顿 耶鲁 哥伦比亚 加州 德州 佛罗里达 华盛顿 芝加哥 洛杉矶 旧金山 西雅图 波士顿
    布鲁塞尔 日内瓦 维也纳 罗马 米兰 马德里 巴塞罗那 里斯本 雅典 伊斯坦布尔 迪拜 孟买 德里 雅加达
    马尼拉 河内 胡志明 吉隆坡 以色列 伊朗 伊拉克 叙利亚 乌克兰 俄罗斯 白俄罗斯 波兰 德国 法国 英国
    美国 加拿大 澳大利亚 巴西 阿根廷 墨西哥 智利 秘鲁 埃及 南非 尼日利亚 肯尼亚 印度 巴基斯坦 越南
    泰国 马来西亚 印尼 菲律宾 土耳其 沙特 卡塔尔 阿联酋 意大利 西班牙 葡萄牙 希腊 荷兰 比利时 瑞士
    瑞典 挪威 芬兰 丹麦 奥地利 匈牙利 捷克 罗马尼亚 塞尔维亚 维基 维基百科 油管 推特 照片墙
    孟加拉 斯里兰卡 马尔代夫 毛里求斯 尼泊尔 缅甸 柬埔寨 老挝 蒙古 朝鲜 韩国 日本 中国 新西兰 爱尔兰
    """.split()
)

# Words after a name that make it the name of a place, a prize or an
# institution (马克斯·普朗克研究所, 图灵奖), not of a person.
NAMED_AFTER = tuple(
    "研究所 研究院 研究中心 大学 学院 基金会 奖 公司 集团 中心 医院 定律 效应 方程 定理 学会 协会 "
    "实验室 体育馆 纪念馆 博物馆 广场 大街 大道 机场 号 主义 学派 星 病 症 式 体 医学院 商学院 法学院 "
    "书院 中学 小学 图书馆 奖学金 纪念堂 大厦 公园 溪 港 桥 镇 乡 县 基金 慈善基金 酒楼 珠宝 志愿 "
    # (an eating house named after a hero of a story: 孔乙己酒家; a bakery after its founder: 郭錦泰餅家)
    "酒家 饭店 餐厅 茶楼 饼家 饼店 "
    # (a legend named after its hero: 孟姜女传说; a trophy after a founder: 韦伯·艾利斯杯, 戴维斯杯; an instrument
    # after a scientist: 韦布望远镜, 哈勃望远镜)
    "传说 杯 望远镜".split()
)

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{CJK}]")
NAME_DOTS = "·‧・•"

# English name tokens: Capitalised words, Mc/Mac/Le/De-style inner capitals,
# hyphenated given names (Fei-Fei), a glottal stop's apostrophe inside a word (Yata'uyungana: three
# letters or more after it, so no contraction or possessive, Tom's, We're), and middle initials (W.).
# Lower-case particles inside a name: Ursula von der Leyen, Vincent van Gogh.
NAME_PARTICLES = frozenset("von van der den de da di du la le del della bin binti al ibn".split())

# Latin Extended-A/B and Extended Additional, cases mixed (Vietnamese Võ Thị Phương,
# Polish Łukasz): a letter of a name, never its end.
LATIN_EXTENDED = "\u0100-\u024f\u1e00-\u1eff"
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ" + LATIN_EXTENDED, "a-zß-öø-ÿ" + LATIN_EXTENDED
EN_TOKEN = (
    rf"(?:[A-Z]-[A-Z][a-z]+"  # I-Min
    rf"|(?:Mc|Mac|Le|La|De|Di|Du|Van|Von|O')?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+|['’][{_LOWER}]{{3,}})*"
    rf"|[A-Z]\.)"  # a middle initial
)
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
_LETTER = f"A-Za-zÀ-ÿ{LATIN_EXTENDED}"
EN_RUN_RE = re.compile(rf"(?<![{_LETTER}0-9'’\-]){EN_TOKEN}(?:(?: {_PARTICLE})* {EN_TOKEN})*(?![{_LETTER}0-9\-])")

# Capitalised words that are not names: function words (sentence starts and
# headlines), organisations, products, places and common nouns of the kind
# news and tech writing capitalises.
EN_STOPWORDS = frozenset(
    """
    a an the and or but nor of in on at to for from by with without into onto over under about
    after before since until while when where why how what who whom which that this these those
    there here it its is are was were be been being am do does did done have has had not no yes
    i me my we our you your he him his she her they them their if then than so as also just only
    very more most much many some any all each every both either neither one two three four five
    first second third last next new old good great best big small long high low real really
    will would can could should may might must shall let lets get got make made take took see
    saw say said says go goes went come came know knew think thought want need use used like
    never always often still even ever again now today yesterday tomorrow once twice per via
    mr mrs ms dr prof sir st mount lake river street road city county state states united
    university college school institute academy lab labs laboratory research center centre
    company corp corporation inc ltd llc group team teams project projects foundation fund
    association society council committee department ministry office agency bureau service
    news times post journal review daily weekly magazine press media report reports network
    networks radio television tv channel club league cup open championship games olympic
    bank capital ventures partners holdings systems technologies technology tech software
    cloud data model models language languages large learning machine machines deep neural
    artificial intelligence translation convolutional encoder decoder gated recurrent
    transformer attention law laws scaling vision chat reader app apps store plus pro max
    mini ultra edition version beta alpha chapter part section table figure session oral
    keynote conference summit forum workshop symposium festival film award awards prize prizes medal
    google meta microsoft apple amazon facebook tesla nvidia intel openai anthropic deepmind
    twitter youtube instagram tiktok linkedin github wikipedia baidu alibaba tencent huawei
    xiaomi bytedance samsung sony ibm oracle netflix uber airbnb spacex scholar gemini claude
    llama sora python matlab torch java linux windows android iphone ipad mac chrome
    january february march april may june july august september october november december
    feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
    north south east west northern southern eastern western central
    china chinese america american europe european asia asian africa african british english
    japan japanese korea korean france french germany german russia russian india indian
    canada canadian taiwan hong kong beijing shanghai london paris york tokyo california
    silicon valley washington toronto montreal
    work workers worker culture intensity burnout competition industry economy market markets
    policy policies government world global international national public private social
    free wild plan destiny manifest secret history inside chaos center centre hot
    interview story stories life death day days year years time week month
    hour hours weeks months arms race tide lock
    share subscribe follow login sign home page about contact privacy terms copyright
    read more click here link links source sources reference references note notes update
    updated edit edited editor author authors photo photos image images video videos
    admin administrator staff anonymous guest user users webmaster
    """.split()
)

# Words that make a capitalised run an organisation or a title, not a person,
# wherever they appear in it.
EN_ORG_WORDS = frozenset(
    """
    university college school institute academy lab labs laboratory research center centre
    company corp corporation inc ltd llc group foundation association society council committee
    department ministry agency bureau news times post journal review magazine press network
    club league cup bank capital ventures partners holdings systems technologies award prize
    festival
    """.split()
)


def is_han(ch: str) -> bool:
    return bool(HAN_RE.match(ch))


def adverb_before_verb(folded: str, at: int) -> bool:
    """The character at ``at`` is an adverb a name may run into (傅明共出示, 我师公常说): one of
    NOT_LAST_BEFORE_HAN with a Han character after it, no possessive (韋季常的: the name's end)."""
    nxt = folded[at + 1 : at + 2]
    return folded[at : at + 1] in NOT_LAST_BEFORE_HAN and is_han(nxt or "a") and nxt not in _POSSESSIVES


_POSSESSIVES = frozenset("的之")


def translit_suffix(text: str, end: int, start: int = 0) -> int:
    """Where the run of transliteration characters ending at ``end`` begins
    (text must already be folded)."""
    i = end
    while i > start and text[i - 1] in TRANSLIT_CHARS:
        i -= 1
    return i


def translit_prefix(text: str, start: int, end: int | None = None) -> int:
    """Where the run of transliteration characters starting at ``start`` ends."""
    limit = len(text) if end is None else end
    i = start
    while i < limit and text[i] in TRANSLIT_CHARS:
        i += 1
    return i


def surname_length(folded: str, pos: int) -> int:
    """Length of the surname starting at ``pos`` (3 or 2 for Japanese and
    compound surnames, 1, or 0)."""
    # (a slice at the text's end is shorter than asked: a two-character
    # surname there is no three-character one)
    if len(three := folded[pos : pos + 3]) == 3 and three in JAPANESE_SURNAMES:
        return 3
    if len(two := folded[pos : pos + 2]) == 2 and (two in COMPOUND_SURNAMES or two in JAPANESE_SURNAMES):
        return 2
    return 1 if pos < len(folded) and folded[pos] in SURNAMES else 0


# The last word of a place or a venue (Stanley Park, Granville Street).
EN_PLACE_WORDS = frozenset(
    """
    park street st road rd avenue ave boulevard square plaza hall station bridge lake river
    mountain mountains island islands bay beach airport hotel museum garden gardens tower mall
    stadium arena church cathedral castle palace valley harbour harbor market village falls
    trail pier island terrace lane drive highway heights theatre theater cinema cafe café bakery
    """.split()
)
# The same kind of word where the language puts it first (Jalan Kapar, Taman
# Sentosa, Bukit Tinggi; Rua da Felicidade): a street, an estate, a hill.
PLACE_HEAD_WORDS = frozenset(
    """
    jalan lorong lebuh persiaran taman bukit gunung sungai kampung kampong pasar kuala pulau
    rua avenida travessa estrada calle rue
    """.split()
)


def is_latin_place(words: list[str]) -> bool:
    """Stanley Park, Sweet Forest Bakery, Jalan Kapar: a kind of place ends or heads the words."""
    return words[-1].lower() in EN_PLACE_WORDS or words[0].lower() in PLACE_HEAD_WORDS


# First words of an exclamation or a greeting (Thank God, Oh Boy, Happy Birthday).
EN_INTERJECTIONS = frozenset(
    "thank thanks oh ooh oops hey wow hello hi bye goodbye welcome happy merry congrats "
    "congratulations cheers sorry please damn gosh holy dear omg".split()
)


def is_english_stopword(token: str) -> bool:
    return token.lower().rstrip(".") in EN_STOPWORDS
