"""People: precision and recall against gold lists a careful reader made,
on the five seeds, on unseen news articles written for this test
(Traditional and Simplified; sports, politics, science, business), and on
the development set of issue 10 (tests/data/people/dev: 14 articles of
other kinds, scored as the app loads them, bylines included), and on the
first held-out set (tests/data/people/fresh: 10 articles scored once with
the design frozen at 4651779, then used for the second fix pass), and on
the second held-out set (tests/data/people/fresh2: 8 articles scored once
at the second freeze, P 0.93 R 0.83, then used for the third fix pass),
and on the third held-out set (tests/data/people/fresh3: 14 articles scored
once at the third freeze, P 0.95 R 0.83, then used for the fourth fix pass),
and on the fourth held-out set (tests/data/people/fresh4: 12 articles scored
once at the fourth freeze 1db42af, P 0.98 R 0.99, then used for the fifth
fix pass, after which nothing is cut or over-long there), and on the fifth
held-out set (tests/data/people/fresh5: 12 articles scored once at the fifth
freeze 5eab7c3, P 0.91 R 0.91 with 6 names cut or over-long, then used for
the sixth fix pass), and on the sixth held-out set (tests/data/people/fresh6:
10 articles scored once at the sixth freeze 4fe9079, P 0.90 R 0.92 with 3
names cut or over-long, then used for the seventh fix pass), and on the
seventh held-out set (tests/data/people/fresh7: 10 articles scored once at
the seventh freeze fce8e11, P 0.95 R 0.93 with nothing fused or cut; kept
as a guard at its first-pass figures, no fix pass has tuned on it), and on
twelve saved web pages (tests/data/people/web20: pages-fresh20's menus,
reviews, notices and recaps, loaded as the app loads them; first run P 13/22
R 12/19, then used for the eighth fix pass), and on the eighth held-out set
(tests/data/people/fresh8: 10 saved-web-page articles scored once at the
eighth freeze freeze22, P 78/97 (0.80) R 68/77 (0.88) with 5 names cut or
over-long, then used for the ninth fix pass: P 80/82 R 70/77, nothing cut),
and on the tenth held-out set (tests/data/people/fresh10: 8 copied web pages
scored once at freeze24, P 67/78 (0.86) R 63/89 (0.71) with 3 names cut or
over-long, then used for the tenth fix pass: P 81/84 R 77/89, nothing cut), and on the
eleventh held-out set (tests/data/people/fresh11: 8 copied web pages scored
once at freeze25, P 63/75 (0.84) R 60/92 (0.65) with 2 names cut or
over-long, then used for the eleventh fix pass), and on the twelfth
held-out set (tests/data/people/fresh12: 8 copied web pages scored once at
freeze26, P 58/63 (0.92) R 57/77 (0.74) with 1 name over-long, then used for
the twelfth fix pass: P 76/76, R 75/77), and on the thirteenth held-out set
(tests/data/people/fresh13: 8 copied web pages scored once at freeze27,
P 60/68 (0.88) R 60/84 (0.71) with 1 name cut, then used for the thirteenth
fix pass: P 72/77, R 72/84, nothing cut), and on the fourteenth held-out
set (tests/data/people/fresh14: 8 copied web pages scored once at freeze28,
P 117/134 (0.87) R 111/146 (0.76) with 8 names cut or over-long, then used
for the fourteenth fix pass: P 135/142, R 129/146, nothing cut; P 134/141,
R 128/146 once the comments under an obituary went with the page's junk), and on
the fifteenth held-out set (tests/data/people/fresh15: 8 copied web pages scored
once at freeze29, P 94/99 (0.95) R 88/97 (0.91) with 3 names cut or over-long,
then used for the fifteenth fix pass: P 103/103, R 95/97, nothing cut), and on
the sixteenth held-out set (tests/data/people/fresh16: 8 copied web pages scored
once at freeze30, P 114/128 (0.89) R 100/117 (0.85) with 6 names cut or over-long,
then used for the sixteenth fix pass: P 123/130, R 109/117, nothing cut), and on
the seventeenth held-out set (tests/data/people/fresh17: 8 copied web pages scored
once at freeze31, P 114/133 (0.86) R 107/131 (0.82) with 4 names cut or over-long,
then used for the seventeenth fix pass: P 121/131, R 114/131, nothing cut), and on
the eighteenth held-out set (tests/data/people/fresh18: 6 copied web pages scored
once at freeze32, P 76/78 (0.97) R 68/94 (0.72) with 2 names cut or over-long,
then used for the eighteenth fix pass: P 101/101, R 87/94, nothing cut), and on
the nineteenth held-out set (tests/data/people/fresh19: 6 copied web pages scored
once at freeze33, P 82/92 (0.89) R 75/89 (0.84) with 3 names cut or over-long,
then used for the nineteenth fix pass: P 87/88, R 80/89, nothing cut), and on
the twentieth held-out set (tests/data/people/fresh20: 6 copied web pages scored
once at freeze34, P 64/69 (0.93) R 58/65 (0.89) with 1 name cut, then used for
the twentieth fix pass: P 69/69, R 63/65, nothing cut), and on the
twenty-first held-out set (tests/data/people/fresh21: 6 copied web pages
scored once at freeze35, P 81/93 (0.87) R 79/93 (0.85) with 6 names cut or
over-long, then used for the twenty-first fix pass: P 91/98, R 89/93, 阿辛 cut),
and on the twenty-second held-out set (tests/data/people/fresh22: 6 copied web
pages scored once at freeze36, P 85/96 (0.89) R 82/94 (0.87) with 6 names cut or
over-long, then used for the twenty-second fix pass: P 87/95, R 84/94, 3 cut or
over-long: 司空, 宗政, 王熙凤), and on the twenty-third held-out set
(tests/data/people/fresh23: 6 copied web pages scored once at freeze37, P 77/93
(0.83) R 76/108 (0.70) with 4 names cut or over-long, then used for the
twenty-third fix pass: P 99/115, R 98/108, 4 cut: 林李佩瑶, 释觉行,
菲迪皮德斯, 羅陳美儀), and on the twenty-fourth held-out set (tests/data/people/fresh24: 6
copied web pages scored once at freeze38, P 84/96 (0.88) R 79/89 (0.89) with 5
names cut or over-long, then used for the twenty-fourth fix pass: P 87/91, R 83/89,
白雪梅 fused with 白雪, 卡德尔 of 阿不都·卡德尔 and 歐陽黃慧 of 歐陽黃慧珊 cut), and on the
twenty-fifth held-out set (tests/data/people/fresh25: 6 copied web pages scored once at
freeze39, P 99/107 (0.93) R 94/117 (0.80) with 2 names cut or over-long, then used for the
twenty-fifth fix pass: P 114/121, R 109/117, 林黛玉 over-long for 林黛), and on the
twenty-sixth held-out set (tests/data/people/fresh26: 6 copied web pages scored once at
freeze40, P 115/122 (0.94) R 108/128 (0.84) with 2 names cut, then used for the
twenty-sixth fix pass: P 127/130, R 120/128, nothing cut), and on the
twenty-seventh held-out set (tests/data/people/fresh27: 6 copied web pages scored once at
freeze41, P 82/89 (0.92) R 82/105 (0.78) with 4 names cut, then used for the
twenty-seventh fix pass: P 91/95, R 91/105, 热合曼·艾山 of 阿不都热合曼·艾山 cut), and on the
twenty-eighth held-out set (tests/data/people/fresh28: 6 copied web pages scored once at
freeze42, P 113/116 (0.97) R 111/118 (0.94) with 1 name cut, then used for the
twenty-eighth fix pass: P 119/120, R 117/118, 鄧福 of 鄧福全 cut), and on the
twenty-ninth held-out set (tests/data/people/fresh29: 6 copied web pages scored once at
freeze43, P 130/136 (0.96) R 130/153 (0.85) with 4 names cut or over-long, then used for the
twenty-ninth fix pass: P 145/146, R 145/153, 东方红 of 东方红梅 cut), and on the
thirtieth held-out set (tests/data/people/fresh30: 6 copied web pages scored once at
freeze44, P 101/111 (0.91) R 97/110 (0.88) with 2 names over-long, then used for the
thirtieth fix pass: P 108/109, R 104/110, nothing cut), and on the
thirty-first held-out set (tests/data/people/fresh31: 6 copied web pages scored once at
freeze45, P 99/109 (0.91) R 96/129 (0.74) with 3 names cut or over-long, then used for the
thirty-first fix pass: P 120/127, R 116/129, 路易斯·阿姆斯 of 路易斯·阿姆斯壯 cut), and on the
thirty-second held-out set (tests/data/people/fresh32: 6 copied web pages scored once at
freeze46, P 105/107 (0.98) R 99/109 (0.91), nothing cut, then used for the thirty-second
fix pass: P 107/108, R 101/109, nothing cut), and on the
thirty-third held-out set (tests/data/people/fresh33: 6 copied web pages scored once at
freeze47, P 102/108 (0.94) R 97/114 (0.85) with 4 names cut or over-long, then used for the
thirty-third fix pass: P 112/113, R 106/114, 陈皮梅 over-long for 陳皮), and on the
thirty-fourth held-out set (tests/data/people/fresh34: 6 copied web pages scored once at
freeze48p, P 95/100 (0.95) R 88/99 (0.89) with 3 names cut or over-long, then used for the
thirty-fourth fix pass: P 101/102, R 94/99, nothing cut), and on the
thirty-fifth held-out set (tests/data/people/fresh35: 6 copied web pages scored once at
freeze49p, P 85/95 (0.89) R 81/93 (0.87) with 5 names cut or over-long, then used for the
thirty-fifth fix pass: P 88/95, R 83/93, 华佗再 and 郭浪原 over-long; reader mode dropped the
second and third letters of the thanks page under the first letter's sign-off, which the lead
then fixed: P 93/100, R 88/93), and on the
thirty-sixth held-out set (tests/data/people/fresh36: 6 copied web pages scored once at
freeze50, P 85/92 (0.92) R 81/89 (0.91) with 2 names cut or over-long, then used for the
thirty-sixth fix pass: P 92/94, R 89/89, nothing cut), and on the
thirty-seventh held-out set (tests/data/people/fresh37: 6 copied web pages scored once at
freeze51p, P 91/101 (0.90) R 89/99 (0.90) with 2 names cut or over-long, then used for the
thirty-seventh fix pass: P 101/104, R 99/99, nothing cut), and on the
thirty-eighth held-out set (tests/data/people/fresh38: 6 copied web pages scored once at
freeze52p, P 123/130 (0.95) R 118/127 (0.93) with 4 names cut or over-long, then used for the
thirty-eighth fix pass: P 129/130, R 124/127, nothing cut), and on the
thirty-ninth held-out set (tests/data/people/fresh39: 6 copied web pages scored once at
freeze53p, P 104/121 (0.86) R 95/113 (0.84) with 4 names cut or over-long, then used for the
thirty-ninth fix pass: P 104/113, R 95/113, 韦小宝 over-long; reader mode drops a night
school's spaced list and table of graduates, a contest's winners table and a village's
table, where 13 of the 18 names still missed stand), and on the
fortieth held-out set (tests/data/people/fresh40: 6 copied web pages scored once at
freeze54p, P 100/110 (0.91) R 97/106 (0.92) with 1 name cut or over-long, then used for the
fortieth fix pass: P 104/107, R 101/106, nothing cut; then the lead's cleaning pass keeping
a match report's line-ups under a heading read as a counter: P 108/111, R 105/106), and on the
forty-first held-out set (tests/data/people/fresh41: 6 copied web pages scored once at
freeze55p, P 101/110 (0.92) R 97/116 (0.84) with 6 names cut or over-long, then used for the
forty-first fix pass: P 118/120, R 114/116, 2 cut or over-long), and on the
forty-second held-out set (tests/data/people/fresh42: 6 copied web pages scored once at
freeze56p, P 78/86 (0.91) R 76/83 (0.92) with 2 names cut or over-long, then used for the
forty-second fix pass: P 82/85, R 80/83, 1 cut or over-long), and on the
forty-third held-out set (tests/data/people/fresh43: 6 copied web pages scored once at
freeze57p, P 98/107 (0.92) R 89/110 (0.81) with 4 names cut or over-long, then used for the
forty-third fix pass: P 104/110, R 95/110, 3 cut or over-long), and on the
forty-fourth held-out set (tests/data/people/fresh44: 6 copied web pages scored once at
freeze58p, P 80/83 (0.96) R 79/86 (0.92) with 2 names cut or over-long, then used for the
forty-fourth fix pass: P 85/85, R 84/86, none cut or over-long), and on the
forty-fifth held-out set (tests/data/people/fresh45: 6 copied web pages scored once at
freeze59p, P 61/66 (0.92) R 61/95 (0.64) with 2 names cut or over-long, then used for the
forty-fifth fix pass: P 92/92, R 92/95, none cut or over-long), and on the
forty-sixth held-out set (tests/data/people/fresh46: 6 copied web pages scored once at
freeze60p, P 63/67 (0.94) R 61/78 (0.78) with 3 names cut or over-long, then used for the
forty-sixth fix pass: P 71/73, R 68/78, 1 name over-long), and on the
forty-seventh held-out set (tests/data/people/fresh47: 6 copied web pages scored once at
freeze61p, P 81/91 (0.89) R 76/96 (0.79) with 3 names cut or over-long, then used for the
forty-seventh fix pass: P 97/104, R 91/96, none cut or over-long; after people63: P 98/102,
R 92/96), and on the forty-eighth held-out set (tests/data/people/fresh48: 6 copied web pages
scored once at freeze62p, P 86/93 (0.92) R 84/97 (0.87) with 2 names cut; its fix pass comes
next), and on the forty-ninth held-out set (tests/data/people/fresh49: 6 copied web pages scored
once at freeze63, P 91/100 (0.91) R 87/102 (0.85) with 1 name fused, then used for the people64
fix pass: P 104/108, R 100/102, none fused), and on the fiftieth and fifty-first held-out sets
(tests/data/people/fresh50, fresh51: 6 copied web pages each, scored once at freeze64 and
freeze65, P 91/95 (0.96) R 87/123 (0.71) with 2 names cut, and P 94/105 (0.90) R 91/112 (0.81)
with 4 cut, then used for the people65 fix pass: P 118/120, R 114/123, none cut; P 106/111,
R 103/112, none cut), and on the fifty-second (tests/data/people/fresh52: 6 copied web pages,
scored once at freeze66, P 73/80 (0.91) R 70/83 (0.84) with 3 cut, then used for the people66 fix
pass: P 84/85, R 79/83, 1 cut), and on the fifty-third and fifty-fourth (tests/data/people/fresh53,
fresh54: 6 copied web pages each, scored once at their freezes, P 80/84 (0.95) R 78/85 (0.92) with
4 cut or over-long, and P 62/66 (0.94) R 56/67 (0.84) with 2 over-long, then used for the people67
fix pass: P 84/84, R 82/85, none cut; P 72/74, R 65/67, none cut), and on the fifty-fifth
(tests/data/people/fresh55: 6 copied web pages, scored once at freeze69, P 69/74 (0.93) R 69/87
(0.79) with 5 cut or over-long, then used for the people68 fix pass: P 81/82, R 81/87, 2 over-long),
and on the fifty-sixth (tests/data/people/fresh56: 6 copied web pages, scored once at freeze70, P 63/68
(0.93) R 63/90 (0.70) with 1 over-long, then used for the people69 fix pass: P 75/77, R 75/90, none),
and on the fifty-seventh (tests/data/people/fresh57: 6 copied web pages, scored once at freeze71, P 68/72
(0.94) R 66/103 (0.64) with 2 cut or over-long, then used for the people70 fix pass: P 98/99, R 95/103),
and on the fifty-eighth (tests/data/people/fresh58: 6 copied web pages, scored once at freeze72, P 99/112
(0.88) R 97/108 (0.90) with 1 over-long, then used for the people71 fix pass: P 105/107, R 103/108),
and on the fifty-ninth (tests/data/people/fresh59: 6 copied web pages, scored once at freeze73, P 89/93
(0.96) R 86/95 (0.91) with 2 cut, then used for the people72 fix pass: P 91/92, R 88/95, 1 cut),
and on the sixtieth (tests/data/people/fresh60: 6 copied web pages, scored once at freeze74p, P 101/104
(0.97) R 93/98 (0.95), none cut, then used for the people73 fix pass: P 104/104, R 96/98),
and on the sixty-first (tests/data/people/fresh61: 6 copied web pages, scored once at freeze75p, P 103/114
(0.90) R 97/114 (0.85) with 4 cut or over-long, then used for the people74 fix pass: P 112/112, R 106/114, none cut),
and on the sixty-second (tests/data/people/fresh62: 6 copied web pages, scored once at freeze76p, P 81/90
(0.90) R 78/95 (0.82) with 3 cut, then used for the people75 fix pass: P 91/98, R 88/95, 1 cut),
and on the sixty-third (tests/data/people/fresh63: 6 copied web pages, scored once at freeze77p, P 111/117
(0.95) R 101/118 (0.86) with 3 cut or over-long, then used for the people76 fix pass: P 120/123, R 109/118, 1 cut),
and on the sixty-fourth (tests/data/people/fresh64: 6 copied web pages, scored once at freeze78p, P 92/99
(0.93) R 86/109 (0.79) with 3 cut or over-long, then used for the people77 fix pass: P 113/116, R 107/109, none cut),
and on the sixty-fifth (tests/data/people/fresh65: 6 copied web pages, scored once at freeze79p, P 114/120
(0.95) R 110/116 (0.95) with 2 cut, then used for the people78 fix pass: P 116/118, R 112/116, none cut),
and on the sixty-sixth (tests/data/people/fresh66: 6 copied web pages, scored once at freeze80p, P 94/98
(0.96) R 93/106 (0.88) with 1 cut, then used for the people79 fix pass: P 103/103, R 102/106, none cut),
and on the sixty-seventh (tests/data/people/fresh67: 6 copied web pages, scored once at freeze81p, P 126/129
(0.98) R 123/130 (0.95) with 1 cut, then used for the people80 fix pass: P 131/132, R 128/130, 1 cut),
and on the sixty-eighth (tests/data/people/fresh68: 6 copied web pages, scored once at freeze82p, P 100/109
(0.92) R 96/116 (0.83) with 3 cut, then used for the people81 fix pass: P 118/121, R 113/116, none cut),
and on the sixty-ninth (tests/data/people/fresh69: 6 copied web pages, scored once at freeze83p, P 112/123
(0.91) R 109/126 (0.87) with 5 cut, then used for the people82 fix pass: P 126/132, R 122/126, 1 cut),
and on the seventieth (tests/data/people/fresh70: 6 copied web pages, scored once at freeze84p, P 89/97
(0.92) R 81/93 (0.87) with 1 fused and 5 cut, then used for the people83 fix pass: P 100/102, R 91/93, none
fused or cut),
and on the seventy-first (tests/data/people/fresh71: 6 copied web pages, scored once at freeze85p, P 106/113
(0.94) R 104/115 (0.90) with 3 cut, then used for the people84 fix pass: P 112/119, R 110/115, 3 cut),
and on the seventy-second (tests/data/people/fresh72: 6 copied web pages, scored once at freeze86p, P 96/99
(0.97) R 95/113 (0.84) with 2 cut, then used for the people84 fix pass: P 110/111, R 109/113, 1 cut),
and on the seventy-third (tests/data/people/fresh73: 6 copied web pages, scored once at freeze87p, P 107/114
(0.94) R 103/118 (0.87) with 2 cut, then used for the people85 fix pass: P 121/121, R 116/118, none cut),
and on the seventy-fourth (tests/data/people/fresh74: 6 copied web pages, scored once at freeze88p, P 96/103
(0.93) R 92/98 (0.94) with 4 cut or over-long, then used for the people86 fix pass: P 99/100, R 95/98, none
cut),
and on the seventy-fifth (tests/data/people/fresh75: 6 copied web pages, scored once at freeze89p, P 110/115
(0.96) R 109/119 (0.92) with 1 over-long, then used for the people87 fix pass: P 120/120, R 119/119, none
cut),
and on the seventy-sixth (tests/data/people/fresh76: 6 copied web pages, scored once at freeze91p, P 83/91
(0.91) R 80/93 (0.86) with 4 cut or over-long, then used for the people88 fix pass: P 89/90, R 86/93, none
cut),
and on the seventy-seventh (tests/data/people/fresh77: 6 copied web pages, scored once at freeze92p, P 86/93
(0.92) R 81/100 (0.81) with 2 cut, then used for the people89 fix pass: P 102/104, R 95/100, none
cut),
and on the seventy-eighth (tests/data/people/fresh78: 6 copied web pages, scored once at freeze93p, P 101/111
(0.91) R 97/111 (0.87) with 4 cut or over-long, then used for the people91 fix pass: P 113/114, R 107/111,
马援南 over-long),
and on the seventy-ninth (tests/data/people/fresh79: 6 copied web pages, scored once at freeze94p, P 126/135
(0.93) R 117/127 (0.92) with 3 cut, then used for the people92 fix pass: P 133/138, R 124/127, 2 cut),
and on the eightieth (tests/data/people/fresh80: 6 copied web pages, scored once at freeze95p, P 129/135
(0.96) R 113/138 (0.82) with 3 cut, then used for the people93 fix pass: P 150/150, R 134/138, nothing cut),
and on the eighty-first (tests/data/people/fresh81: 6 copied web pages, scored once at freeze96p, P 134/143
(0.94) R 124/139 (0.89) with 2 fused and 3 cut or over-long, then used for the people94 fix pass: P 143/146,
R 131/139, 1 fused and 1 over-long),
and on the eighty-second (tests/data/people/fresh82: 6 copied web pages, scored once at freeze97p, P 151/161
(0.94) R 141/151 (0.93) with 2 cut, then used for the people95 fix pass: P 160/161, R 150/151, nothing cut),
and on the eighty-third (tests/data/people/fresh83: 6 copied web pages, scored once at freeze98p, P 148/160
(0.93) R 141/150 (0.94) with 3 cut or over-long, then used for the people96 fix pass: P 154/160, R 146/150,
1 cut),
and on the eighty-fourth (tests/data/people/fresh84: 6 copied web pages, scored once at freeze99p, P 144/151
(0.95) R 141/151 (0.93) with 1 over-long, then used for the people97 fix pass: P 155/157, R 151/151,
nothing cut),
and on the eighty-fifth (tests/data/people/fresh85: 6 copied web pages, scored once at freeze100p, P 124/128
(0.97) R 121/136 (0.89) with 3 cut or over-long, then used for the people98 fix pass: P 134/135, R 130/136,
钱江潮 over-long),
and on the eighty-sixth (tests/data/people/fresh86: 6 copied web pages, scored once at freeze101p, P 151/163
(0.93) R 144/157 (0.92) with 5 cut or over-long, then used for the people99 fix pass: P 156/160, R 148/157,
1 cut),
and on the eighty-seventh (tests/data/people/fresh87: 6 copied web pages, scored once at freeze102p, P 128/132
(0.97) R 128/141 (0.91) with 1 fused and 1 over-long, then used for the people100 fix pass: P 138/138, R 137/141,
nothing fused or cut),
and on the eighty-eighth (tests/data/people/fresh88: 6 copied web pages, scored once at freeze103p, P 134/140
(0.96) R 131/138 (0.95) with 3 cut or over-long, then used for the people101 fix pass: P 137/139, R 134/138,
2 cut),
and on the eighty-ninth (tests/data/people/fresh89: 6 copied web pages, scored once at freeze104p, P 133/139
(0.96) R 127/132 (0.96) with 1 cut or over-long, then used for the people102 fix pass: P 138/138, R 132/132,
nothing cut,
and on the ninetieth (tests/data/people/fresh90: 6 copied web pages, scored once at freeze105p, P 120/125
(0.96) R 113/123 (0.92) with 1 cut or over-long, then used for the people103 fix pass: P 128/129, R 121/123,
nothing cut),
and on the ninety-first (tests/data/people/fresh91: 6 copied web pages, scored once at freeze106p, P 151/156
(0.97) R 146/154 (0.95) with 2 cut or over-long, then used for the people104 fix pass: P 158/158, R 153/153,
nothing fused or cut, once the gold no longer split Win off 觉温 (Kyaw Win), one Burmese name (R 146/153 at the
freeze with the gold corrected)),
and on the ninety-second (tests/data/people/fresh92: 6 copied web pages, scored once at freeze107p, P 133/137
(0.97) R 127/138 (0.92) with 3 cut or over-long, then used for the people105 fix pass: P 137/137, R 130/138,
nothing fused or cut; after people106 P 139/139, R 132/138),
and on the ninety-third (tests/data/people/fresh93: 6 copied web pages, scored once at freeze108p, P 138/145
(0.95) R 136/144 (0.94) with 2 fused and 2 cut or over-long, then used for the people106 fix pass: P 147/149,
R 143/144, nothing fused or cut),
and on the ninety-fourth (tests/data/people/fresh94: 6 copied web pages, scored once at freeze109p, P 135/138
(0.98) R 126/136 (0.93), nothing fused or cut, then used for the people108 fix pass: P 142/142, R 133/136,
nothing fused or cut),
and on the ninety-fifth (tests/data/people/fresh95: 6 copied web pages, scored once at freeze110p, P 141/145
(0.97) R 128/135 (0.95) with 2 cut or over-long, then used for the people109 fix pass: P 144/144, R 131/135,
nothing fused or cut; after byline29 P 147/147, R 134/135),
and on the ninety-sixth (tests/data/people/fresh96: 6 copied web pages, scored once at freeze111p, P 155/157
(0.99) R 143/145 (0.99), nothing fused or cut, then used for the people110 fix pass: P 157/157, R 145/145,
nothing fused or cut),
and on the ninety-seventh (tests/data/people/fresh97: 6 copied web pages, scored once at freeze112p, P 149/152
(0.98) R 135/138 (0.98) with 1 cut or over-long, then used for the people111 fix pass: P 151/152, R 137/138,
nothing fused or cut),
and on the ninety-eighth (tests/data/people/fresh98: 6 copied web pages, scored once at freeze113p, P 142/146
(0.97) R 122/127 (0.96) with 1 cut or over-long, then used for the people112 fix pass: P 142/142, R 122/127,
1 over-long; after people113 P 146/146, R 127/127, nothing fused or cut),
and on the ninety-ninth (tests/data/people/fresh99: 6 copied web pages, scored once at freeze114p, P 145/153
(0.95) R 127/131 (0.97) with 4 cut or over-long, then used for the people114 fix pass: P 147/147, R 128/131,
nothing fused or cut),
and on the hundredth (tests/data/people/fresh100: 6 copied web pages, scored once at freeze115p, P 138/141
(0.98) R 130/144 (0.90) with 2 cut or over-long, then used for the people115 fix pass: P 150/150, R 142/144,
nothing fused or cut),
and on the hundred-and-first (tests/data/people/fresh101: 6 copied web pages, scored once at freeze116p,
P 155/161 (0.96) R 145/153 (0.95) with 3 cut or over-long, then used for the people116 fix pass: P 162/162,
R 151/153, nothing fused or cut),
and on the hundred-and-second (tests/data/people/fresh102: 6 copied web pages, scored once at freeze117p,
P 156/159 (0.98) R 148/153 (0.97) with 2 fused (the gold's own split of one woman, merged at promotion)
and 2 over-long; against the merged gold P 156/159, R 147/152 with 2 over-long, then used for the people117
fix pass: P 160/160, R 151/152, nothing fused or cut),
and on the hundred-and-third (tests/data/people/fresh103: 6 copied web pages, scored once at freeze118p,
P 154/159 (0.97) R 140/145 (0.97), nothing fused or cut, then used for the people119 fix pass: P 155/160,
R 141/145, nothing fused or cut),
and on the hundred-and-fourth (tests/data/people/fresh104: 6 copied web pages of mainstream news, scored
once at freeze118p, P 104/109 (0.95) R 98/102 (0.96), nothing fused or cut, then used for the people119 fix
pass: P 106/108, R 100/102, nothing fused or cut; after people121 P 107/109, R 101/102),
and on the hundred-and-fifth (tests/data/people/fresh105: 6 copied web pages of mainstream news, scored
once at freeze120p, P 108/112 (0.96) R 101/105 (0.96), nothing fused or cut, then used for the people120 fix
pass: P 111/111, R 104/105, nothing fused or cut),
and on the hundred-and-sixth (tests/data/people/fresh106: 6 copied web pages of mainstream news, scored
once at freeze121p, P 99/103 (0.96) R 95/97 (0.98) with 1 over-long, then used for the people121 fix
pass: P 102/102, R 97/97, nothing fused or cut),
and on the hundred-and-seventh (tests/data/people/fresh107: 6 copied web pages of mainstream news, scored
once at freeze122p, P 106/109 (0.97) R 105/109 (0.96), nothing fused or cut, then used for the people122 fix
pass: P 110/110, R 109/109, nothing fused or cut),
and on the hundred-and-eighth (tests/data/people/fresh108: 6 copied web pages of mainstream news, scored
once at freeze123p, P 100/101 (0.99) R 99/105 (0.94) with 1 over-long).

The same scoring runs on any folder with a gold.json:
``PYTHONPATH=src python tests/people_quality.py FOLDER``."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.core.corpus import load_corpus
from reader.core.folding import fold
from reader.core.people import extract_people, find_people
from reader.core.resources import seeds_dir

DATA = Path(__file__).parent / "data" / "people"
GOLD = {k: v for k, v in json.loads((DATA / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
SEEDS = sorted(k for k in GOLD if not k.endswith(".txt"))
UNSEEN = sorted(k for k in GOLD if k.endswith(".txt"))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus([seeds_dir()])


def _text(key: str, corpus) -> str:
    if key.endswith(".txt"):
        return (DATA / key).read_text(encoding="utf-8")
    return corpus.get(key).text


def _score(keys: list[str], corpus) -> tuple[int, int, int, list[str]]:
    """(correct entries, listed entries, required found, problems)."""
    correct = listed = found = 0
    problems = []
    for key in keys:
        gold = GOLD[key]
        required = [{fold(n) for n in names} for names in gold["required"]]
        optional = [{fold(n) for n in names} for names in gold["optional"]]
        hit: set[int] = set()
        for p in find_people(_text(key, corpus)):
            aliases = {fold(a) for a in p.person.aliases}
            matches = [i for i, names in enumerate(required) if names & aliases]
            if len(matches) > 1:
                problems.append(f"{key}: conflated {p.person.aliases}")
            if matches:
                hit.update(matches)
                correct += 1
                listed += 1
            elif not any(names & aliases for names in optional):
                listed += 1
                problems.append(f"{key}: not a person {p.person.name!r}")
        found += len(hit)
        problems += [f"{key}: missed {gold['required'][i][0]}" for i in range(len(required)) if i not in hit]
    return correct, listed, found, problems


@pytest.mark.parametrize("keys", [SEEDS, UNSEEN], ids=["seeds", "unseen"])
def test_precision_and_recall_at_least_90_percent(keys: list[str], corpus) -> None:
    correct, listed, found, problems = _score(keys, corpus)
    required = sum(len(GOLD[k]["required"]) for k in keys)
    precision, recall = correct / listed, found / required
    assert precision >= 0.9 and recall >= 0.9, (precision, recall, problems)
    assert not [p for p in problems if "conflated" in p]


def test_unseen_articles_cover_both_scripts_and_four_topics() -> None:
    assert len(UNSEEN) >= 4
    assert sum("zh-hant" in k for k in UNSEEN) >= 2 and sum("zh-hans" in k for k in UNSEEN) >= 2


@pytest.mark.parametrize("key", SEEDS + UNSEEN)
def test_nothing_listed_that_must_not_be(key: str, corpus) -> None:
    aliases = {fold(a) for p in find_people(_text(key, corpus)) for a in p.person.aliases}
    assert not {fold(a) for a in GOLD[key]["absent"]} & aliases


def _by_alias(article) -> dict[str, list]:
    found: dict[str, list] = {}
    for p in extract_people(article):
        for alias in p.person.aliases:
            found.setdefault(alias, []).append(p)
    return found


def test_acceptance_001_ilya_and_altman_once_with_both_aliases(corpus) -> None:
    found = _by_alias(corpus.get("001"))
    assert len(found["伊利亚"]) == 1 and found["伊利亚"] == found["Ilya Sutskever"]
    assert len(found["奥特曼"]) == 1 and found["奥特曼"] == found["Sam Altman"]


def test_acceptance_004_tian_and_lecun_no_xiaojie(corpus) -> None:
    found = _by_alias(corpus.get("004"))
    assert "田渊栋" in found
    assert found["杨立昆"] == found["Yann LeCun"]
    assert not any("小姐" in alias for alias in found)


def test_acceptance_000_felix_jim_and_huang(corpus) -> None:
    found = _by_alias(corpus.get("000"))
    assert {"Felix Hill", "Jim Fan", "黃仁勛"} <= set(found)
    assert not any("(" in alias for alias in found)


@pytest.mark.parametrize("key", SEEDS)
def test_every_mention_points_at_its_alias(key: str, corpus) -> None:
    article = corpus.get(key)
    for p in extract_people(article):
        for m in p.mentions:
            assert article.text[m.start : m.end] == m.alias


@dataclass(frozen=True)
class PeopleSet:
    """A folder of annotated articles and the figures it must keep."""

    folder: str
    articles: int
    precision: float
    recall: float
    # Problems of these kinds must not occur (beyond ``tolerated`` of them).
    forbidden: tuple[str, ...]
    tolerated: int = 0
    # Names a fix pass left fused, cut or over-long (each named in the set's comment).
    cuts: int = 0


# What each first pass missed, and the fix pass that used it, is in the
# module docstring and in the README ("How people are found").
SETS = [
    # One known miss stays visible in dev: a chess opening named after a player.
    PeopleSet("dev", 14, 0.9, 0.9, ("absent",), tolerated=1),
    PeopleSet("fresh", 10, 0.9, 0.9, ("absent",)),
    # The first pass cut 局长冼志正在开场发言时表示 to 冼志.
    PeopleSet("fresh2", 8, 0.9, 0.9, ("absent",)),
    # First pass P 123/130, R 117/141; after the fifth fix pass P 145/145, R 139/141; after people122 (a sibling
    # under the generation's character after a kin word, 大伯施正義 beside 施正雄) P 146/146, R 140/141.
    PeopleSet("fresh3", 14, 0.99, 0.99, ("absent",)),
    # First pass P 103/105, R 101/102 (listed 周末带 and 郭导让).
    PeopleSet("fresh4", 12, 0.95, 0.95, ("not a person", "absent")),
    # First pass P 105/116, R 96/106 (cut Japanese names short: 井上翔, 宮原達,
    # 遊千夏 of 小鳥遊千夏; listed 阿美族, 顾氏).
    PeopleSet("fresh5", 12, 0.97, 0.97, ("not a person", "absent")),
    # First pass P 74/82, R 72/78 (cut 祝鸿 of 祝鸿年; listed 区回忆, 麥克風).
    PeopleSet("fresh6", 10, 0.97, 0.97, ("not a person", "absent")),
    # First pass P 79/83, R 76/82; no fix pass has used it: a guard at those figures.
    PeopleSet("fresh7", 10, 0.95, 0.92, ()),
    # First run P 13/22, R 12/19 (Bolo Rei, Feliz Natal, 贝斯手, 冯阔一, 陳伯嘅,
    # 嚟搵布, 栗子蓉, 《白噪音》); after the eighth fix pass P 17/17, R 17/19 (the
    # two misses, 宁筱 and 老柏, are bylines cleaning does not hand over).
    PeopleSet("web20", 12, 0.97, 0.87, ("not a person", "absent")),
    # First pass P 78/97, R 68/77 (Latin things: Caldo Verde, Naniwa Chosera;
    # 山本先 of 山本先生, 丹斯里, Encik Ahmad Faizal; Cantonese 蔡姐超); after the
    # ninth fix pass P 80/82, R 70/77 (燕尾榫 and 朴木 still listed).
    PeopleSet("fresh8", 10, 0.97, 0.89, ("absent",), tolerated=1),
    # First pass P 67/78, R 63/89 (word names 丁香, 高尚, 向前 and nicknames 阿杰,
    # 阿May missed; 伊凡・彼 cut; 王小卤, 張係企, 琴客座, 范晔译 listed); after the
    # tenth fix pass P 81/84, R 77/89. Still listed: the game's roles 沈夫人 and
    # 顾少卿 and a novel's 何塞·阿尔卡蒂奥; six of the misses are lines cleaning drops.
    PeopleSet("fresh10", 8, 0.96, 0.86, ("absent",), tolerated=3),
    # First pass P 63/75, R 60/92 (winners by department 高山, 金铃 and reviewers
    # by handle missed; 龚德 of 龚德胜 cut, 门江涛 run on; 范思哲, Wilson Parking,
    # Postdoc listed); after the eleventh fix pass the figures below.
    PeopleSet("fresh11", 8, 0.93, 0.71, ()),
    # First pass P 58/63, R 57/77 (a web novel's characters 沈砚, 林晚晴 and a
    # breed 米克斯 listed; handles, given names after kin words, 黄河, 高明,
    # 司徒永康, 何必成, 关羽 missed; 阿杰住 run on); after the twelfth fix pass
    # P 76/76, R 75/77 (陳柏宇 and Kevin are in a line
    # cleaning drops).
    PeopleSet("fresh12", 8, 0.99, 0.95, ("not a person", "absent")),
    # First pass P 60/68, R 60/84 (a journal's author row, Japanese voice actors,
    # 張廖志明 cut to 廖志明, a used-books listing's authors missed; characters
    # 陸天明, 艾琳·霍華德, a drug brand 格华止, a place 何文田, an idiom 克紹箕裘 listed);
    # after the thirteenth fix pass P 72/77, R 72/84, nothing cut. Still listed: the
    # anime's characters, 格华止, a novel's 赵辛楣 and a seal's 朱文长; seven misses are
    # lines cleaning drops (a used-book lot's description, a course page's contact).
    PeopleSet("fresh13", 8, 0.93, 0.85, ()),
    # First pass P 117/134, R 111/146 (compound surnames 上官, 司徒, 張簡 and married
    # names 李林素琴 missed or cut, a line-up's word names 高峰, 田野 missed, 唐·李白
    # over-long; drama characters, brands 郭元益, 林鳳營, amounts 陸仟元 listed);
    # after the fourteenth fix pass P 135/142, R 129/146, nothing cut. Still listed:
    # 孙悟空, 奥特曼, 毛毛, 郭元益, 林鳳營, 王功, 於公視; seven misses are lines cleaning drops,
    # eight since the twenty-eighth reader-mode fix pass (P 134/141, R 128/146): a condolence
    # signed with the writer's role (红星厂老同事 孙秀珍：…) now goes with the page's comments.
    PeopleSet("fresh14", 8, 0.95, 0.87, ()),
    # First pass P 94/99, R 88/97 (a Uyghur 玛依拉·阿不都热依木 and an indigenous
    # 比雅日・伊斯坦大 cut, a patent's inventors 慕容雪, 李娜 and 欧阳红 of an
    # election missed; a place 黃大仙, 黃老 of 黃老先生 and a song 〈林美麗〉 listed);
    # after the fifteenth fix pass P 103/103, R 95/97, nothing cut. Still missed:
    # 江蕙 (放江蕙的歌, no cue) and the Go title-name 本因坊秀策.
    PeopleSet("fresh15", 8, 1.0, 0.97, ("not a person", "absent")),
    # First pass P 114/128, R 100/117 (冯如号, 程诺笑, 叶问宗 over-long; married
    # names 何陈佩玲, 黄梁玉珍 cut; brands 王麻子, 胡開文 listed; a roster's 上官振东,
    # 柏林, a dharma name 释妙音, a quiz's answer 关羽 missed); after the sixteenth
    # fix pass P 123/130, R 109/117, nothing cut. Still listed: a novel's 令狐冲,
    # 风清扬, 岳不群 (quiz answers), 曾用名, 时珍楼, a film title's 林大樹, 阿沃伦;
    # still missed: 紫式部, 鄭成功, 林玉娘, 中村健人, 謝黃秀枝, 蘇軾, 公孫墨, 梁贊.
    PeopleSet("fresh16", 8, 0.94, 0.93, ("cut", "over-long")),
    # First pass P 114/133, R 107/131 (married names 许陈阿好, 曾郑淑娟, 陈梁慧中 and
    # 马德全 cut; compound surnames 钟离远航, 贺兰晴, a crosstable's players missed; an
    # opera's roles 乔福, 孔乙己, a 行当 刀马旦, brands 李宁牌, 韩信杯 listed); after the
    # seventeenth fix pass P 121/131, R 114/131, nothing cut. Still listed: 乔福, 刀马旦,
    # 梅兰厅, 司鼓, 洪亮, 耶利哥, 馬內利, 樂迷暱, 瓜奈里·德爾·傑蘇, 李府合; seven misses are
    # lines cleaning drops (the start-up's founders, the crosstable's rows, 蔡志豪, 冼星海).
    PeopleSet("fresh17", 8, 0.92, 0.87, ("cut", "over-long")),
    # First pass P 76/78, R 68/94 (a crew list's bar table and a pageant's numbered
    # finalists gone with the page's menus, 丁格尔 cut from 南丁格尔, the place 何文田
    # listed, 第五明遠 missed); after the eighteenth fix pass P 101/101, R 87/94, nothing
    # cut. Still missed: 郑和, 山口拓也, 鄭成功, 南丁格爾, 黃德明, 雅辛, 心远法师.
    PeopleSet("fresh18", 6, 1.0, 0.92, ("cut", "over-long")),
    # First pass P 82/92, R 75/89 (a drama's roles 林晚秋, 周大帅, 沈怀安, 金凤仙 and a
    # novel's 令狐冲, the idiom's 葉公好 listed; 吴建 of 吴建中, 詹明 of 詹明忠 cut,
    # 茶聖陸羽 run on); after the nineteenth fix pass P 87/88, R 80/89, nothing cut.
    # Still listed: the brand 黃飛鴻 (跌打酒). Still missed: 欧阳俊杰, 司馬子龍 (lines
    # cleaning drops), 中村翔太 (read 村翔太), 长孙宏, 譚詠詩, 金在元, 屈原, 包拯, 司徒孟.
    PeopleSet("fresh19", 6, 0.98, 0.89, ("cut", "over-long")),
    # First pass P 64/69, R 58/65 (a film's role 慕容雪, game heroes 孙悟空, 李信, the
    # shop 张记 listed, 牟尼佛 cut from 释迦牟尼佛; 見性法師, 玄奘, 鑑真, 亓官美琳, 夏侯仁,
    # 谷雨, 叶问 missed); after the twentieth fix pass P 69/69, R 63/65, nothing cut.
    # Still missed: 谷雨 (a solar term's word as a screenwriter's name), 叶问.
    PeopleSet("fresh20", 6, 1.0, 0.96, ("cut", "over-long")),
    # First pass P 81/93, R 79/93 (沙吾提·艾买提 read as two, 拿督斯里公孙国良 as 督斯里公 +
    # 孙国良, 名轩辕, 阿辛 of 阿辛医生; grape varieties 马瑟兰, 霞多丽, a novel's 公孙胜, 令狐沖,
    # places 甘榜亞, 於彌敦 listed; compound surnames, 林公孙丽华, 次仁多吉, 杜甫 missed); after
    # the twenty-first fix pass P 91/98, R 89/93, one cut: 阿辛 of 阿辛醫生 (a nickname listed
    # apart from 辛格). Still listed: 马瑟兰, 霞多丽 (grape varieties), 令狐沖, 公孙胜 (a novel's),
    # 於彌敦, 甘榜亞 (places); still missed: 夏雨, 蘇王美玲, 次仁多吉, 苏格拉底 (the dictionary
    # tags it a place).
    PeopleSet("fresh21", 6, 0.92, 0.95, ("over-long",), cuts=1),
    # First pass P 85/96, R 82/94 (a novel's characters 王熙凤, 林黛玉, 贾宝玉, 薛宝钗, 刘姥姥 and
    # 奥雷里亚诺·布恩迪亚 listed; 司空 of 司空大师, 宗政 of 宗政老师, 關淑芬 of 譚關淑芬,
    # 阿布·達 of 阿布·達給 cut, 音恩里科·羅西 run on); after the twenty-second fix pass P 87/95,
    # R 84/94, three cut or over-long: 司空 of 司空大师, 宗政 of 宗政老师 (compound surnames
    # the surname list lacks, before a title), 王熙凤 for 王熙. Still listed: the novel's
    # 王熙凤, 林黛玉, 贾宝玉, 薛宝钗, 刘姥姥, 奥雷里亚诺·布恩迪亚. Still missed: 司空卫国, 苏轼, 白玉,
    # 孔子, 高鹗, 屈原, 野口真由美; 蔡志堅, 陳家樂, 崔智妍 (table rows cleaning drops).
    PeopleSet("fresh22", 6, 0.91, 0.89, (), cuts=3),
    # First pass P 77/93, R 76/108 (the rows of tables written with full-width bars, 第二台｜欧阳晓晨｜2611,
    # dropped by reader mode as menus; words as names in lists with glossed or dotted items, 向阳（物理学院）,
    # or spaced, 黄俊　钟离思远　叶子; married names cut to the maiden part, 李佩瑶 of 林李佩瑶, 陳美儀 of
    # 羅陳美儀; 觉行 of 释觉行, 皮德斯 of 菲迪皮德斯; a play's and novels' characters 奧菲莉亞, 克勞狄斯,
    # 葛楚德, 王掌櫃, 常四爺, 韋小寶, 令狐沖, 陳家洛, 周芷若, the brands 史特拉, 史坦威 and Contributors
    # listed); after the twenty-third fix pass (the tables kept, the lists read whole, 山本达也 kept
    # whole) P 99/115, R 98/108, the same four cut. Still listed: the characters, brands and
    # Contributors; still missed: 巴图孟和, 远航 (a table column with too few known names), 徐蔡麗卿,
    # 森山大介, 莎士比亞, Sabrina 葉, Miss K. (The kept tables also found fresh22's 蔡志堅, 陳家樂, 崔智妍.)
    # The thirtieth fix pass's cast-table rule drops 奧菲莉亞, 克勞狄斯, 葛楚德: P 102/113.
    PeopleSet("fresh23", 6, 0.87, 0.93, (), cuts=2),
    # First pass P 84/96, R 79/89 (吉央宗 of 德吉央宗, 卡德尔 of 阿不都·卡德尔, 欧阳黄慧 of 欧阳黄慧珊,
    # 陈秀英 of 符陈秀英, 哈玛星 of 哈玛星囝仔 cut; places 何文田, 李鄭屋, 黃大仙, 哈瑪星, 林園, the
    # characters 藤原拓海, 賈寶玉 and 車手 listed); after the twenty-fourth fix pass (married forms
    # the page backs, a bar table's person headings, 、 list items read whole, places by context)
    # P 87/91, R 83/89, three fused or cut: 白雪梅 with 白雪 (a surname and half a given name
    # is taken for an alias), 卡德尔 of 阿不都·卡德尔, 歐陽黃慧 of 歐陽黃慧珊. Still listed: 藤原拓海,
    # 賈寶玉; still missed: 方舟, 卡蒂埃-布列松, 上原拓海, 崔在亨 (司空美蘭 found by the twenty-ninth
    # fix pass: the years of her life vouch for her). (The fix pass also read
    # fresh23's 林李佩瑶, 羅陳美儀 and 徐蔡麗卿 whole.)
    PeopleSet("fresh24", 6, 0.95, 0.95, ("over-long",), cuts=3),
    # First pass P 99/107, R 94/117 (a prize list's table split by its section headings dropped
    # by reader mode, and with it 15 of the robotics page's 28 names; 刘敏与 over-long, 林黛玉 for
    # 林黛; characters of works 吉诃德, 桑丘, 孙悟空, 穆桂英, 柳夢梅, 杜麗娘 and the word 荣休 listed);
    # after the twenty-fifth fix pass (the split table kept, 刘敏 before 与先生佐佐木健, 教授闻人|志远)
    # P 114/121, R 109/117, one over-long: 林黛玉 for 林黛 (a nickname from a novel). Still listed:
    # 吉诃德, 桑丘, 孙悟空, 穆桂英, 柳夢梅, 杜麗娘, 荣休 (荣休教授); still missed: 周静, 严复,
    # 川端康成, 路遥知, 清虛子, 瓦旦·達印, 中村由紀, 陳醒球.
    PeopleSet("fresh25", 6, 0.94, 0.93, (), cuts=1),
    # First pass P 115/122, R 108/128 (a ballroom table cut by its section headings dropped by
    # reader mode, and with it 7 couples' names; 阿里木·吐尔 of 阿里木·吐尔地 and 诺维科夫 of
    # 亚历山大·诺维科夫 cut; the dance 华尔滋, the office 人事处, 成斗牛, the cake 玛德莲 and the
    # absent 李政道 listed); after the twenty-sixth fix pass (the three-cell table kept, a dotted
    # name read whole in a cell or before a space, a sex or ethnic gloss and a role's label
    # vouching for names, 郑和平 in a list, an office in a byline and a class named after a
    # scholar dropped) P 127/130, R 120/128, nothing cut. Still listed: 华尔滋, 玛德莲, 成斗牛;
    # still missed: 扎西平措, 孔繁森林, 山田太郎, 释了凡, 麦田, 拿破崙, 普魯斯特. 方向 found by people73
    # (a list full of people vouches for a particle as a one-character given name): P 129/132, R 122/128.
    PeopleSet("fresh26", 6, 0.97, 0.93, ()),
    # First pass P 82/89, R 82/105 (dotted names cut: 热合曼·艾山 of 阿不都热合曼·艾山,
    # 阿娜尔古丽·艾, 達海·伊斯瑪哈; 歐陽志 of 歐陽志強; a film's characters 燕南飞, 沈月娘 and the
    # lion style 張飛獅 listed); after the twenty-seventh fix pass (a dotted name in a cell
    # between spaces, as a list item, or before a romanization spelling its parts; 欧阳志|强|主礼;
    # a compound surname as an address vouching for the full name; tagged Japanese-table names
    # after a role; nickname glosses; names filling fields side by side) P 91/95, R 91/105, one
    # cut: 热合曼·艾山 of 阿不都热合曼·艾山 (阿不都 is outside the transliteration table). Still
    # listed: 燕南飞, 沈月娘, 張飛獅, 钟声; still missed: 王维, 北川直树, 巴图, 陈方美玲, 孟子涵, 谷雨,
    # 亚里士多德, 第五婉, 江河, 季风, 宋安然, 德彪西, 吉田誠.
    PeopleSet("fresh27", 6, 0.95, 0.86, (), cuts=1),
    # First pass P 113/116, R 111/118 (a ward roster's row dropped by reader mode as a menu, and
    # with it 王海燕, 闻人思琪, 吴静怡; 鄧福 of 鄧福全 cut; 端木文耀, 林小路, 许仙桥 missed; the shop
    # 梁祝婚纱 and 乐部总 of 俱乐部总教练 listed); after the twenty-eighth fix pass (a row under a
    # numbered head kept, units vouching for the names after them, a list of people vouching for
    # a name ending as places do, a compound surname after a title read whole before a verb, no
    # surname inside a three-character word, a firm's head dropped) P 119/120, R 117/118, one
    # cut: 鄧福 of 鄧福全 (村長鄧福全借出: the tagger reads 全 as an adverb before the verb).
    PeopleSet("fresh28", 6, 0.99, 0.99, (), cuts=1),
    # First pass P 130/136, R 130/153 (a kindergarten's certificate list's children missed;
    # married names cut, 羅淑儀 of 曾羅淑儀, 李黃 of 李黃秀枝; 东方红 of 东方红梅 cut, 阿美族的马耀·谷木
    # over-long; the absent 白求恩, the folk performance 宋江陣 and 杜瓦爾 listed); after the
    # twenty-ninth fix pass (a row between sibling heads and an entry like its neighbours kept,
    # four characters after a role with a surname by chance, the actor of 饰演 no role and a
    # casting call's part one, married forms glossed by X太, a role before quotes, the years of
    # a life, a verb before 、 a name's last character; 阵 and 志愿 after a name) P 145/146,
    # R 145/153, one cut: 东方红 of 东方红梅 (a song's title the page quotes too). Still missed:
    # 林立, 邵伯年 (邵伯|年老先生), 卢秀贞, 卢国庆, 黃金, 小仲馬, 許陳罔市. (The fix pass also found
    # fresh24's 司空美蘭.)
    PeopleSet("fresh29", 6, 0.99, 0.94, (), cuts=1),
    # First pass P 101/111, R 97/110 (a play's characters 周樸園, 魯侍萍, 魯大海 and the brands
    # 李宁, 江小白, 李錦記, 周生生, the guide 米芝蓮 and the dish's namesake 李鴻章 listed; 强哥话 and
    # 高山同事 over-long; names that are words missed: 甘棠, 白石, 田甜, 高山, 马可, 黄河清, 海子, 韩率);
    # after the thirtieth fix pass (a cast table's role column holds characters, its actors
    # and a 姓名 column's names joined by 、 people, a cell's name before its gloss, names set
    # apart by spaces after a person's role, a sponsor list's brands, a name opening a longer
    # cell a thing named after someone, 同事 and Cantonese 話 after an address) P 108/109,
    # R 104/110, nothing cut. Still listed: 米芝蓮 (米芝蓮大廚); still missed: 海子 (诗人是海子),
    # 甘棠 (甘棠教授), 白石 (beside 齐白石), 秦国栋 (老厂长秦国栋), 包正义 (主厨 包正义). (何林淑仪,
    # its two-column table row once dropped by reader mode, is found since the thirty-first
    # pass: P 109/110, R 105/110.)
    PeopleSet("fresh30", 6, 0.99, 0.94, ()),
    # First pass P 99/109, R 96/129 (a parent committee's two-column table dropped by reader
    # mode, a PhD list's last row too; everyday words in a list, a compound surname the tagger
    # reads as a town, married names after 拿汀, a Malay title on a dotted name; 本名如此 and
    # 三位孫兒 listed); after the thirty-first fix pass (a two-column table inside the body and
    # a split table's stray row stay, a 、 list runs on through a dotted name, a line opening
    # with a name before ：“ names its speaker, a grammar word after 本名 is no name, a Malay
    # honorific is trimmed off a dotted name and clears a married name's start, a word counted
    # with 位 is no name) P 120/127, R 116/129, one cut: 路易斯·阿姆斯 of 路易斯·阿姆斯壯 (壯 is
    # no transliteration character). Still listed: 狄尔斯, 贝叶斯 (a reaction's and a network's
    # namesakes), 王熙凤 (a novel's character in a thesis title), 熊猫血, 貝斯 (a band's bass
    # before its player), 史努比; still missed: 江山, 刘洋, 陈静, 黄海, 上官博 (a roll set apart
    # by spaces), 卓玛央金, 兰德施泰纳, 王阳明, 尹智慧, 米勒曉晴, 鍾情, 曾錦華.
    PeopleSet("fresh31", 6, 0.94, 0.89, (), cuts=1),
    # First pass P 105/107, R 99/109 (historical and literary figures, a Mongolian name, a word
    # name, two Japanese names missed; a novel's character and a placing listed); after the
    # thirty-second fix pass (a table's first row of one series' labels is its heading, a
    # Japanese name the tagger reads heading a glossed list item counts once, a long cell
    # under 姓名 is a person without a Chinese surname) P 107/108, R 101/109. Still listed:
    # 林黛玉 (a novel's character); still missed: 墨子, 黑柳彻子, 路遥, 葉問, 何東 (historical
    # and literary people named as people), 雷鸣 (a word name), 马建国, 渡邊真理子.
    PeopleSet("fresh32", 6, 0.99, 0.92, ()),
    # First pass P 102/108, R 97/114 (an apprentices' roll apart by spaces dropped by reader
    # mode as a menu; compound surnames, word names, Japanese and Thai names missed; snacks
    # named after people, a compound surname cut before its role, a transliterated name cut
    # before a verb listed); after the thirty-third fix pass (a roll of names apart by spaces
    # inside the body stays, a rank before a title is no given name, a form running on past a
    # dotted name's first part is cut to it, a cell of a column not headed for people beside
    # one that is names a thing, an everyday common noun in a list is no name, 司空 is a
    # compound surname, a compound surname's one-character given name before a title, a
    # head chef and a blogger are jobs before a name) P 112/113, R 106/114, one over-long:
    # 陈皮梅 for 陳皮 (a plum snack the text names after him). Still listed:
    # 曾侯乙 (a marquis in a bell set's name); still missed: 何丽, 周建平,
    # 钱进, 林海 (word names), 段誉, 费穆, 松田和也, 宋猜·汶那.
    PeopleSet("fresh33", 6, 0.99, 0.92, (), cuts=1),
    # First pass P 95/100, R 88/99 (a married woman's 夫姓+本姓 form, a monk's whole
    # dharma name, word names and historical people missed; a compound-surname name run on
    # into 代, 小巴阿姐 cut, a district and deity listed); after the thirty-fourth fix pass
    # (释 with a dharma name the text addresses with a monk's title, a job ending in 师
    # before a married name, a compound-surname name cut where the tagger ends it, a
    # route's end after a dash a place, a piece of a short quoted term no name, tables set
    # apart by single spaces under a heading like 认养人) P 101/102, R 94/99, nothing
    # cut. Still listed: 梅濟耶 (of the town 沙勒維爾—梅濟耶爾); still missed: 容国团,
    # 苏轼, 鄭成功 (historical people), 藍天, 江河 (word names).
    PeopleSet("fresh34", 6, 0.99, 0.94, ("cut", "over-long")),
    # First pass P 85/95, R 81/93 (a column of thanks to doctors: word names, a married
    # woman's 夫姓+本姓 form, Tibetan, Japanese and transliterated names missed, 华佗再 of
    # the idiom 华佗再世 listed; school houses, a dish and a former residence named after
    # people, a storybook wolf listed; names cut: 欧阳建国, 买买提·吐尔地, Võ Thị Phương);
    # after the thirty-fifth fix pass (Latin Extended letters inside a Latin name, a
    # Vietnamese name holds no English stopword, a compound surname's given name that is a
    # word before the next word, a dotted name's last part up to an address) P 88/95,
    # R 83/93, two over-long: 华佗再 (of the idiom 华佗再世), 郭浪原 (原 "formerly"). Still
    # listed: 詹天佑社, 司徒拔 (school houses), 李鸿章 (a dish), 林語堂 (his former
    # residence), 大野狼 (a storybook wolf), 相片集 (no rule: a noun after a famous name is as
    # often the person's, 彭定康時代); still missed: 高山, 山口和子. The thanks page's second
    # and third letters, which reader mode dropped as the page's footer (kept lines under the
    # last 敬上 before junk to the end), stay since a head in the series of the body's heads
    # under a sign-off means the article goes on (sign_off_tail): P 93/100, R 88/93; still
    # missed there: 江山, 中岛健太, 闻一鸣.
    PeopleSet("fresh35", 6, 0.93, 0.94, (), cuts=2),
    # First pass P 85/92, R 81/89 (a village's couplet contest, an owners' committee
    # election, a crosstalk programme, a garden plot ballot, a taekwondo grading, pet
    # adoption stories: pets, a folk character and a dish named like people listed; a
    # Uyghur and a Japanese name cut; a rare double surname, a word name and a ballot
    # table's names missed); after the thirty-sixth fix pass (a spaced table's bracketed
    # gloss with a space is one cell, a pet's name after its kind or before 宠物, a Japanese
    # name the tagger cut short of its own word, a dotted name's long first part in a spaced
    # list and a gloss closing its cell, the rarer 百家姓 compound surnames, a 、 list counted
    # in persons: 两位) P 92/94, R 89/89, nothing cut. Still listed: 阿凡提 (a folk
    # character: 阿凡提故事), 李鸿章 (the dish 李鸿章杂烩).
    PeopleSet("fresh36", 6, 0.97, 1.0, ("cut", "over-long")),
    # First pass P 91/101, R 89/99 (a cycling club's century ride, a condo's staff
    # commendations, a county's heritage bearers, a shipyard's launch guests, a primary
    # school's prefects, a fire station's open day: places, a bike brand, a mascot and a
    # legend listed; a married form and a Uyghur name cut; rare double surnames, a word name,
    # Mongolian and Japanese names missed); after the thirty-seventh fix pass (a married form
    # after an attribute's 的 and before a title, or after 夫人; a compound surname and one
    # given character after a title before punctuation; a relative sharing a found person's
    # compound surname after a kinship character; a conjunction before a title mark ends a
    # name, and a name joined to 《work》里的 is the work's; a legend named after its heroine;
    # places listed towards a direction or on a transit line; a brand opening a sponsor's
    # name; a table's rows of names after a class label as one list; lines opening with a job
    # and a name before a colon as one list; 业主 as a cue; a name column in a table written
    # with spaces; 不 inside a dotted name's last part) P 101/104, R 99/99, nothing cut. Still
    # listed: 崔克, 斯特拉 (bike brand and model in a spaced table's uneven rows), 王魯夫 (of
    # 航海王魯夫: 王 ends the title "King of the Seas").
    PeopleSet("fresh37", 6, 0.97, 1.0, ("cut", "over-long")),
    # First pass P 123/130, R 118/127 (a university's named professorships, an astronomy
    # club's star-camp thread, a residential patrol rota, a hospital's chaplains, a taxi
    # union's long-service honours, a seniors' karaoke contest: a rare compound surname and a
    # dotted name cut or run on; Mongolian, Uyghur, singer and astronomer names missed; a
    # hall's namesake, a department and a drama character listed); after the thirty-eighth
    # fix pass (a dotted name ending on a Chinese surname, cut back to it where the tagger ran
    # on across a space or past the form written alone; the rarer 百家姓 compound surnames; a
    # name before a noun and a hall's character names the hall; four characters listed beside
    # people and ending clear are a name without a surname; 姑娘 after a name is a title; a
    # form the tagger reads ending an organisation is a department; a name between two people
    # in a spaced list) P 129/130, R 124/127, nothing cut. Still listed: 許文強 (a drama's
    # character shouted by the audience); missed: 周璇 (the singer a song is sung like), 哈雷
    # and 第谷 (astronomers in a story: 哈雷 beside 哈雷彗星, 第谷 read as a place).
    PeopleSet("fresh38", 6, 0.99, 0.97, ("cut", "over-long")),
    # First pass P 104/121, R 95/113 (a night school's graduate lists, a square-dance contest,
    # a metro's lost-and-found honours, a Malaysian new village's headmen, a Hong Kong Sunday
    # school's teachers, old shops and their owners: a credited dotted name read as two, a
    # dotted name run into a verb; job words in a table's cells, a demonym, places listed before
    # 一帶 listed); after the thirty-ninth fix pass (a role before a name in a cell labels it; a
    # dotted name cut back to the same name written whole elsewhere; a name dot between
    # transliteration characters joins a credit's name; a place's two characters and 人 where
    # the text writes the place before 市; a list's items before 一带 are places) P 104/113,
    # R 95/113, one over-long: 韦小宝 (a novel's character the page compares 韦宝 with). Still
    # listed: 孙少平, 穆桂英 (a novel's and an opera's), 桑巴舞, 畢禮斯 (of 畢禮斯計劃), 楊枝,
    # 德記涼茶, 西多士, 左宗棠 (of 左宗棠雞); missed: the graduates of the spaced list and the
    # table, 王桂兰, 賴國強 (tables reader mode drops), 乌云其木格, 吕文革, 山本亮, 區美儀,
    # 溫炳, 東姑阿都拉曼. Reader mode then kept the lists (a roll with a dotted name under a
    # head counting it, a head counting the names under it, tables framed by bars with no rule
    # row, a table with a 姓名 column under its short head): P 117/126, R 108/113; still
    # missed: 乌云其木格, 吕文革, 區美儀, 溫炳, 東姑阿都拉曼.
    PeopleSet("fresh39", 6, 0.92, 0.95, ("cut",), cuts=1),
    # First pass P 100/110, R 97/106 (a rowing club's masters crews, a film festival's jury
    # and winners, a hawker centre's heritage stall owners, a barefoot doctor's memoir, an old
    # boys' football match report, an Amis harvest festival roster: a dotted name cut in a bar
    # table's last cell; herbs, a village, a tribe's settlement and a work's character listed;
    # a place word, a director and a Mongolian name missed); after the fortieth fix pass (a
    # dotted name ending a bar table's row is whole; herbs listed in a sentence with two
    # medicines of a dosage form, or weighed in a dose, are things; a surname, 家 and the land
    # it sits on is a village; a settlement after a name makes it a place; a character named
    # inside a work (《…》里面/入面); a film's credit after a name; a word listed beside a person
    # and given an age; one of a people before a name) P 104/107, R 101/106, nothing cut.
    # Still listed: 孙悟空 (a film title's), 皮卡丘 (a costume's), 馬太鞍 (a station's);
    # missed: 羅德華, 歐陽國棟, 張漢華, 巫啟明 (lines reader mode drops), 林黄秀英.
    PeopleSet("fresh40", 6, 0.97, 0.99, ("cut", "over-long")),
    # First pass P 101/110, R 97/116 (a county's top ten farm livestreamers with a sales
    # table, a hospital's medical-aid team back from Tibet, a sub-district's model families,
    # a Taitung little league roster as a numbered table, a small station's masters in a
    # table, a Hong Kong school's DSE top scorers: table rows one cell short or wider missed
    # their names; a household's members, an office word, a byline's name ending in 和 and a
    # job glued to its role read wrong); after the forty-first fix pass (a tab table's row may
    # lack its empty last cell or hold several names in its name cell; a numbered list of
    # households names its members; 孔老先生 is a surname and 老先生; a common word and 科
    # is an office; a byline's 和 glued to a name ends it; a piece glued to a role word is no
    # pen name; a romanized gloss keeps a dotted name whole; a list's item a character short
    # takes it where it makes a part another name shares: 次仁央宗) P 118/120, R 114/116.
    # Still cut: 普悠瑪 of 普悠瑪迷 (a train's fans, a reader's comment label); over-long:
    # 迷克里斯多福·瓊斯 (鐵道迷, a railway fan, glued on); missed: 扎西 (a dictionary place
    # word in a spaced list of the team), 文成公主 (a princess of history).
    PeopleSet("fresh41", 6, 0.98, 0.98, (), cuts=2),
    # Set 42 (a wet market butchers' association's forty-year history, a debating society's
    # alumni dinner notice, an archaeology dig diary, a Macanese cookbook's contributors, a
    # Macau Grand Prix motorcycle entry list as a table, a lantern riddle contest's winners):
    # before any fix P 78/86, R 76/83, 佐藤由香 cut of 佐藤由香里 and 葡京弯 of 葡京弯常客; after
    # the forty-second fix pass (a thanks and 及 before 赞助 open a sponsor list: 感谢美心及荣华饼家;
    # a riddle's answer after 谜底 is no person; an eating house after a name (孔乙己酒家); a
    # dictionary name before a verb (张骞出使); a Korean name glossed in Hangul; a list runs on past
    # a bracketed gloss; three given characters after a Japanese surname: 佐藤由香里) P 82/85,
    # R 80/83. Still cut: 葡京弯 of 葡京弯常客 (a race track's corner in a commenter's label);
    # not people: 方顾问 (合作方顾问: 顾问 is in no role list), 白鸽巢 (a place); missed: 言必信,
    # 甘露 (word-shaped names in a list), 冼拿 (a racer named once).
    PeopleSet("fresh42", 6, 0.96, 0.96, (), cuts=1),
    # Set 43 (a beekeepers' cooperative's honey awards, a TCM master's disciples ceremony, a
    # pupils' character dictation contest with a results table, a Taiwan bonsai exhibition's
    # awards, a Hong Kong racing pigeon race's results table, an Atayal weaving class's
    # graduation): before any fix P 98/107, R 89/110, 4 cut or over-long; after the
    # forty-third fix pass (a spaced table with no heading: a column mostly of people vouches
    # for its other names, 麥潤好, 高飛, and a name met only in a column of few people beside it
    # is a thing's, the pigeons 呂布 and 張飛; a dotted name's short first part set off on its
    # left is whole: 尤命·諾幹, 哈勇·巴萬; a verb of saying or writing before a quotation's mark
    # is cut: 罗隐写‘…’) P 104/110, R 95/110. Still cut: 阿苏拉 of 阿苏拉则, 张高 of 张高美华
    # (the tagger's split, in this page's context only), 贺一郎 of 蜂须贺一郎; not people:
    # 韩医学, 祖灵, 石国中 (尖石国中, a school); missed:
    # 莫志雄, 田中健司, 利美華, 馬文俊 (reader mode drops their line), 金庸, 雅外·哈勇 and
    # 莫那·魯道 (dotted names after 由 and 看过), 山本和也, 许浚, 吉克石布, 刘一手, 胡杨.
    PeopleSet("fresh43", 6, 0.94, 0.86, (), cuts=3),
    # Set 44 (a sea-rescue station's duty log, a dragon kiln's opening catalogue, a cave
    # expedition's diary, a hospice's thank-you letter, a ham radio field day's results, a
    # seniors' tour name list): before any fix P 80/83, R 79/86, 2 cut or over-long; after the
    # forty-fourth fix pass (a count of persons before a colon vouches for as many items, 龙飞
    # 蓝天; a role-labelled field's whole value on a line of fields, 關鍵; a kinship word before
    # a name at one mention, 先父梁福; a woman's address after the tagger's four characters,
    # 陈吴美惠女士; a known name that starts a thing's name lists no neighbour, 陳家祠; a found
    # name with a landmark's ending or a landmark before a position word is a place, 陶然亭,
    # 张飞岩) P 85/85, R 84/86, none cut or over-long. Still missed: 郑和 (the tagger reads
    # an organisation in 郑和船队, the other mentions are a boat, 郑和号), 童宾 (read as a noun
    # at both mentions; 窑工 before it is in no role list).
    PeopleSet("fresh44", 6, 1.0, 0.97, ("cut", "over-long"), cuts=0),
    # Set 45 (a climbing gym's bouldering results, a township's grave relocation notice with a
    # table of graves and claimants, a care home's birthday party, a Hong Kong dog show in
    # Cantonese, a Macau community kitchen's rota, a Taiwan temple's divination-block election):
    # before any fix P 61/66, R 61/95, 2 cut or over-long; after the forty-fifth fix pass (reader
    # mode keeps a bar table with a column of names, 墓主 | 认领人, and the contact line above
    # it, and a roll set apart by full-width spaces under a sentence announcing it; a duty
    # column with a person named outside it holds people, 外送; an agent heading's column takes
    # a four-character name without a surname, 扎西平措; pets under an animal's name heading,
    # 犬名, or after their kind, 柴犬阿福, go; single quotes inside a quotation quote a thing,
    # ‘李白醉酒’; a name only inside a work's title names the work, 《穆桂英挂帅》; a kinship
    # word glued before a dotted name stays out, 侄孙丹尼尔·怀特; 高桥和子 in a roll)
    # P 92/92, R 92/95, none cut or over-long. Still missed: 端木青松 (after 定线员, a job in no
    # role list; 青松 is a word), 赖布衣 (after 风水先生; 布衣 is a word), 渡邊久美子 (a
    # judges' line with each country's name between the names, 日本　渡邊久美子).
    PeopleSet("fresh45", 6, 1.0, 0.96, ("cut", "over-long"), cuts=0),
    # Set 46 (a zoo's best keepers, a New Territories village's grave relocation with a table
    # of the dead, a community matchmaking event, an orchid show's awards, a judo club's grading
    # results, a river-crossing swim team): before any fix P 63/67, R 61/78, 3 cut or over-long;
    # after the forty-sixth fix pass (a roll typed into columns of full-width spaces, and its next
    # rows under short grade heads, stay in the body; a head counting its people in Han numerals,
    # 共有五位：, vouches for a roll; a country or a role glued before a dotted name is cut where the
    # tagger's person starts or the headless form is read elsewhere, where the head is dictionary
    # words; a zoo animal's kind before a quoted name; 牛哥笑称 cut like 阿X) P 71/73, R 68/78.
    # Still over-long: 蘭農瓦旦·達利 (蘭農 is no dictionary word). Still missed:
    # the grave table's word names (黃金, 溫柔, 葉秋) and 曾亞福, 曾參; 石堅 and 文靜 (word names in a
    # roll); 中村英樹 after 七段師範, 嘉納治五郎 after 創辦人; 林晨; not a person: 江横渡 (a verb phrase).
    PeopleSet("fresh46", 6, 0.97, 0.87, (), cuts=1),
    # Set 47 (a village's fish-pond bidding result, a college's dormitory allocation table, a
    # paper-cut exhibition, Cheung Chau's piu sik parade cast, a military-dependents' village
    # floor lottery, a Hong Kong teahouse's closing day): as scored at the freeze, P 81/91,
    # R 76/96, 3 cut or over-long (皇甫正 of 皇甫正義, 泰叔話, 陳生話); after the forty-seventh fix
    # pass (a roll labelled by its room's number, B205：, names apart by full-width spaces, stays
    # in the body, and with it the bar table of people above; 話 after a Cantonese address, 陳生 or
    # 泰叔, before a comma or a colon is the verb; a compound surname's second given character
    # forming a word, before a bracket, is the name's; names set apart by full-width spaces with a
    # found person among them are people even when words, 白云, 方圆, 容易) P 97/104, R 91/96;
    # after people63 (a thing's head glued to the name in running text: a pond's, a shop's or
    # noodles' last character, 包公塘, 郭錦記, or a dish's head after it, 李鴻章雜碎; a 、 list runs
    # on past a bracketed gloss, and a full one vouches for a name with no surname, 央金) P 98/102,
    # R 92/96. Still missed: 渡边健一 after 技术员, 竹下美穗 after 攝影師, 文武 and 簡詩詩 (cast
    # cells after ／). Not a person: 黛玉葬花 (a work), 孫悟空 (a role), 阿伯朝 (朝早 'morning'),
    # 原眷戶 (a table's head cell).
    PeopleSet("fresh47", 6, 0.96, 0.95, (), cuts=0),
    # Set 48 (an acrobatic troupe's cast list, a company bowling league's standings, a forest ranger
    # station's patrol diary, a township's road-naming minutes, a sign-language course's graduates
    # with sign names, a tug-of-war team's roster): as scored at the freeze, P 86/93, R 84/97, 2 cut
    # (佐佐木健 of 佐佐木健太, 呼延 of 呼延庆); its fix pass raises these. After people64 (a credit
    # line's fields vouch for each other: 闻一鸣, 柳青, 王大力; a team column's cells glossed with
    # the employer are things: 花木兰, 赵子龙, 孔明灯, 全倒王) P 89/92, R 87/97.
    PeopleSet("fresh48", 6, 0.96, 0.89, (), cuts=2),
    # Set 49 (an organ-donor memorial wall, a children's abacus contest, a dive club's reef clean-up
    # log, a model-railway club's exhibitors, a guqin society's gathering, a regatta's results): as
    # scored at the freeze, P 91/100 (0.91), R 87/102 (0.85), 1 fused; after people64 (a roll glossed
    # in Hangul is no menu, partners after 第一组, a clause splits two dotted names, a dog 叫「曹操」,
    # a boat's column quoted elsewhere, 及時 no joint, 丁未 a year, 日本・大阪 places, a credit
    # line's fields vouch for each other, 為阮籍所作, 家长代表黄周丽娟) P 104/108, R 100/102. Still
    # missed: 闻人静 (the tagger), 嵇康. Not a person: 湯瑪士 (a toy train), 黃銅, 古琴, 令狐沖 (a character).
    PeopleSet("fresh49", 6, 0.96, 0.98, (), cuts=0),
    # Set 50 (a clan association's board, a village dragon dance's line-up, a snow-sculpture contest's
    # results table, a lighthouse keeper's memoir, a neon-sign exhibition, a wedding's seating plan):
    # as scored at the freeze, P 91/95 (0.96), R 87/123 (0.71), 2 cut (黄丽华 of 司徒黄丽华); after
    # people65 (a paragraph under a framed table is no footer blurb, so the table stays; a labelled
    # roll, 理事：…, stays; a compound husband's surname, 司徒黃麗華; a married name glossed 阿娥; a
    # four-character item with no surname in a full roll, 巴图孟和) P 118/120, R 114/123. Still
    # missed: 白玉兰 (a list item that is a word; 方向 found by people73), 山口正男, 許天來, 白浪, 黃昏, 雪莲 (credits),
    # 鍾離思穎, 皮禮士利. Not a person: 全程拍, 白素貞.
    PeopleSet("fresh50", 6, 0.98, 0.92, (), cuts=0),
    # Set 51 (a parish's baptisms, a county's centenarians, a temple's donor tablet, a fire brigade's
    # awards, a street-art tour, a sushi bar's chefs): as scored at the freeze, P 94/105 (0.90),
    # R 91/112 (0.81), 4 cut (米高·聖 of 米高·聖地牙哥); after people65 (a roll under a short label
    # with a colon stays; a dotted name's last part that is a word, 聖地牙哥; 軒轅林秀蘭; 伍萬元 a
    # sum; 老師傅|施金塗) P 106/111, R 103/112. Still missed: 岡本健司 (the cleaning takes his line
    # for the headline), 華屋與兵衛, 余味, 雷霆, 李向群, 濮阳春, 吳沙, 鲁迅, 方濟各. Not a person: 慕道班,
    # 區同工, 芒果冰, 柳刃刀, 我們的職人.
    PeopleSet("fresh51", 6, 0.95, 0.91, (), cuts=0),
    # Set 52 (a cricket-fighting contest, a beef-noodle contest's prize list, a volunteer teachers'
    # roll, a race night's results, a bonesetter's lineage, a fishermen's meeting): as scored at the
    # freeze, P 73/80 (0.91), R 70/83 (0.84), 3 cut (阿苏拉 of 阿苏拉则, 陳婉儀 of 何陳婉儀); after
    # people66 (a table typed in columns stays, its owners' column holds people and its horses'
    # column things, 孔明 of 孔明妙計 too; a roll of surname-led names is no menu; a prize list's rows;
    # 为何陳婉儀女士 with 其夫何國基; 馬主 before a name; 那条叫吕布; 金星 counted in 三人; 澹臺國威)
    # P 84/85, R 79/83, 1 cut (阿苏拉: the roll 阿苏拉则　宋雨桐　金美善（김미선）　周文斌　黎小燕 is taken
    # for a menu; a surname-led roll check broke set 46's grade rows). Still missed: 包拯, 周文斌, 黎小燕.
    PeopleSet("fresh52", 6, 0.98, 0.95, (), cuts=1),
    # Set 53 (rural postmen's honours, a dumpling-eating contest, an elevator-retrofit consent
    # table, a parish's wedding banns, a hwamei song contest, a rice contest): as scored at the
    # freeze, P 80/84 (0.95), R 78/85 (0.92), 4 cut or over-long (刘佳代, 林田山, 馬田·奧康納神父,
    # 伊莱沙·奥 of 伊莱沙·奥的斯); after people67 (a roll's item is held whole, so 林田山 beside the
    # table's 林田 ran on; 神父 after a name is a title; 的 spelling a sound, 奥的斯; 由女儿刘佳代签; a
    # field after a line's number, 四、新郎：何必; 常在田裡 is whereabouts) P 84/84, R 82/85. Still
    # missed: 李圭, 利瑪竇, 乾隆 (historical people with no cue but an era or a book).
    PeopleSet("fresh53", 6, 0.99, 0.96, (), cuts=0),
    # Set 54 (a wet market's stalls, a driving school's awards, a dive club's log, a haircut
    # volunteers' roll, a yearbook page, a qipao tailors' guild): as scored at the freeze, P 62/66
    # (0.94), R 56/67 (0.84), 2 over-long (渡边彩和, 莫愁原); after people67 (a dive log's rows under
    # 第一组： stay, and their word-names are people; a roll's item is held whole, so 渡边彩和黄石 and
    # 莫愁原是 ran on; a column under 教练姓名; 比一比; 所长 and 客人 as cues; a mascot 皮卡丘) P 72/74,
    # R 65/67. Still missed: 鄧德 (a cell glossed in Han, 鄧德師傅（德叔）), 黃道婆. Not a person:
    # 藤原拓海, 蘇麗珍 (fictional characters in a joke and a nickname).
    PeopleSet("fresh54", 6, 0.97, 0.97, (), cuts=0),
    # Set 55 (a barbershop's apprentices, a driving school's awards, a market's stall ballot, a
    # Naadam's results, rural postmen's honours, a snooker league's report): as scored at the
    # freeze, P 69/74 (0.93), R 69/87 (0.79), 5 cut or over-long (赫·策登 of 巴特孟赫·策登, 马木呷
    # of 沙马木呷, 嘅斯蒂·拉哈瑪); after people68 (a rider's or an owner's column holds Mongolian
    # names, 其木格, 巴图吉日嘎拉; a Cyrillic gloss vouches for the first part; a Cantonese particle
    # starts no name; a roll after its own label, 後備名單：, is no menu; a labelled row's first name
    # and a Yi name cut at its cell's start; a first row over numbers is the heading, 師承) P 81/82,
    # R 81/87. Still over-long: 于祖·戴維斯 (將於), 胡杨林. Missed: 乌云其木格 (an editor's credit
    # with no surname), 额尔敦巴特尔 (after 书记), 成吉思汗, 胡杨, 山口清, 黃強. Listed: 高登 (a forum).
    PeopleSet("fresh55", 6, 0.98, 0.93, (), cuts=2),
    # Set 56 (an archery contest's results, a bird count, a koi show, an old photo's villagers, an
    # orienteering race, a radio station's anniversary): as scored at the freeze, P 63/68 (0.93),
    # R 63/90 (0.70), 1 over-long (钟声现); after people69 (a photo's roll of who stands where and a
    # results table's later groups stay in the text; a rank before each name of a wide roll; 现为
    # after a name; 季军 in a winner's label's place; 張貼者： a credit field's label) P 75/77,
    # R 75/90. Still missed: 东方明远, 钱守义 (the tagger reads no person), 柯文静 (a contact line),
    # 田建国, 方向, 卫东, 苗苗, 陸明, 何冬梅, historical people (沈括, 孔子, 魯昭公, 孔鯉, 养由基, 李广).
    # Not a person: 西汉飞, 南生圍.
    PeopleSet("fresh56", 6, 0.97, 0.83, (), cuts=0),
    # Set 57 (a pilgrimage's staff roster, a zongzi contest's prize table, seal carvings, street
    # sweepers, a trishaw association, a Hakka song contest): as scored at the freeze, P 68/72
    # (0.94), R 66/103 (0.64), 2 cut or over-long (松本和, 刘洋笑); after people70 (a column of
    # labelled rows, 副 爐 主　潘文雄　葉金枝, and two rows of names under 名单如下： stay in the text; a
    # typed table may end at a heading over prose; ranked rows vouch for words, 金星, 田野; a ranked
    # cell's given name may end in a particle, 謝平和; an author's column typed in columns holds
    # 乌云其其格; 松本和也 whole where it ends clear elsewhere; 於 after 五點 is "at") P 98/99, R 95/103.
    # Still missed: 上官明远 (the tagger reads no person), 金在贤 (在 inside), 冼金 (a table row set
    # apart by single wide spaces), 區添 (after 丈夫), 时传祥 (after 劳动模范), historical people
    # (屈原, 施琅, 岳飞). Not a person: 皮卡丘 (the lexicon tags it a name).
    PeopleSet("fresh57", 6, 0.98, 0.92, (), cuts=0),
    # Set 58 (a bullfight's results, a golden-wedding roll, a hanfu parade, a banquet chef, a bun
    # festival, a type foundry): as scored at the freeze, P 99/112 (0.88), R 97/108 (0.90), 1
    # over-long (灶君上香); after people71 (a markdown table's rule row heads it and its outer bars
    # hold no cells, so its 牛名 column is the bulls'; a role column's names, 杜丽娘, and a little one
    # dressed as one, 小林黛玉; a parrot named after a pause, 鹦鹉，名叫“张学友”; a roll of couples
    # typed in columns vouches for 黄金 and keeps its row of dotted names; a credit row led by 供稿：
    # a unit; a quoted role after 扮演; a bakery, 郭錦泰餅家) P 105/107, R 103/108. Still missed:
    # 邱大力 (a word after 民警), historical people (苏轼, 鄭成功, 畢昇, 王禎). Not a person: 祝福 (the
    # lexicon tags it a name), 灶君上香 (over-long for the deity).
    PeopleSet("fresh58", 6, 0.98, 0.95, (), cuts=1),
    # Set 59 (a paragliding league, salt workers, ski instructors, a tattoo convention, a cabin
    # crew's graduation, a tuna auction): as scored at the freeze, P 89/93 (0.96), R 86/95 (0.91),
    # 2 cut; after people72 (a Latin word with a number down a table's column is a glider model,
    # Mentor 7; a compound surname the tagger reads alone takes the given name after it, 上官凌云; a
    # place after a romanized name in a person's gloss, 薩摩亞; a name column's cell that a found name
    # stops one short of is whole, 卓玛央金) P 91/92, R 88/95, 1 cut. Still missed or cut: 林吳秀鳳
    # (after a job, before 代表), 安琪 (also inside 王安琪 of the same roll), 江湖 (a byline's slot),
    # 二代目彫勇, historical people (管仲, 岳飛, 鄭成功).
    PeopleSet("fresh59", 6, 0.98, 0.92, (), cuts=1),
    # Set 60 (a village's dividend roll, a speedcubing meet, a projectionist, a ferry, a barista
    # championship, a cosplay contest): as scored at the freeze, P 101/104 (0.97), R 93/98 (0.95);
    # after people73 (a costume contest's part before its work's column, 黑武士, 愛德華·艾力克,
    # unless a mention titles it, 巨星李小龍; a child named after a novel's hero in a 选手 column,
    # 杨过; a compound surname read alone and a rare noun after it, 皇甫建军; a byline's name that is
    # a word after a role, 摄影 高原) P 104/104, R 96/98. Still missed: 焦裕禄 (a historical
    # person), 扎西才让 (the tagger reads 扎西|才|让: an adverb and a verb).
    PeopleSet("fresh60", 6, 0.99, 0.97, (), cuts=0),
    # Set 61 (bamboo scaffolders, a crab contest, immigrant teachers, muay thai, a pingtan house,
    # sheep shearing): as scored at the freeze, P 103/114 (0.90), R 97/114 (0.85), 4 cut or over-long;
    # after people74 (a labelled row of performers kept as no menu, its cells led by surnames; a pair
    # after a work's 里, 《白蛇传》里白娘子和许仙, or dressed as, 扮成喜羊羊和灰太狼, are parts; dotted names
    # listed by 、 are no menu; a byline's 赛力克·加帕尔 whole; 和美國小黃林素珠老師 whole; 陳太|淨係; 家住黃大仙
    # a place) P 112/112, R 106/114, none cut. Still missed: names that are words (黄金, 文華, 馬力, 高峰),
    # historical people (李渔, 阮攸, 葉問), 陳氏紅絨 (a Vietnamese 氏 name only in a table's cell).
    PeopleSet("fresh61", 6, 0.99, 0.92, (), cuts=0),
    # Set 62 (an iron flower show, a massage clinic, moon blocks, movie posters, a pawnshop, a slow
    # train): as scored at the freeze, P 81/90 (0.90), R 78/95 (0.82), 3 cut; after people75 (a column of
    # rows labelled by roles vouches for its names, 乘务员　冷冰　海来拉且; a ranked row's score and prize
    # columns after its names; a married name after 太太 whatever the tagger's tag, and after her husband
    # named as hers, 向明亮的妻子向蔡丽华; 王婶|和) P 91/98, R 88/95, 1 cut. Still wrong: a work's
    # characters (熊大, 熊二, 梁山伯, 祝英台, 詹姆士·龐德), a temple (鳳朝宮), 罗陈桂英 cut; missed:
    # historical people (李白, 杉山和一), 阿苦日火, 金花, 白雲.
    PeopleSet("fresh62", 6, 0.92, 0.92, (), cuts=1),
    # Set 63 (bangbang porters, an antiques appraisal, a weather station, a call to the bar, a jiajiang
    # troupe, a power-line crew): as scored at the freeze, P 111/117 (0.95), R 101/118 (0.86), 3 cut or
    # over-long; after people76 (a row of label and name pairs kept by cleaning, 甘爺　黃冠宇　　柳爺　陳柏翰; no
    # married name on a title's last character, 老師傅|邱阿水; 阿雄師 whole; an everyday noun ending an unsurnamed
    # four, 省力法子; a transcript's repeated speaker, 钱多多：; a five-character name before an ethnic gloss,
    # 乌云其木格（蒙古族）) P 120/123, R 109/118, 1 cut. Still wrong: 钱德 of 钱德顺 (the tagger reads 顺传 as a verb),
    # characters 孙悟空 (a painted story's) and 阿提克斯·芬奇 (a novel's), the brand 特斯拉 as 尼古拉·特斯拉's alias;
    # missed: historical people (供春, 时大彬, 齐白石, 文成公主, 愛迪生), 扎西 (a list's first item after a role,
    # a rare place word), 何文田 (also the district), 夏至 (a byline after a unit, 文／公關組 夏至).
    PeopleSet("fresh63", 6, 0.97, 0.92, (), cuts=1),
    # Set 64 (a court report, a door-god painter, an obituary, a speech festival, a village election, a
    # xiangqi match): as scored at the freeze, P 92/99 (0.93), R 86/109 (0.79), 3 cut or over-long; after
    # people77 (an obituary's committee roll after a spaced label, 委　员：, and its family's kin and name
    # pairs kept by cleaning and read, 主　任：雷鸣, 子　皇甫江　　媳　佐藤由美; a roll of surname-led names under
    # a head ending in a colon; a byline field's word after a role, 攝影：何必; 李冰|修都江堰; 李麥潔貞 framed
    # by 校長 and 女士; 馬耀·谷木 spelled by its gloss; 书记员夏至; Sea Fever in a column of works) P 113/116,
    # R 107/109, none cut. Still wrong: characters of works (陈世美, 孫悟空: 西遊記的, no title marks), the
    # fish 吳郭魚 (jieba tags it a name); missed: historical people (包拯, 阿城 the writer, a place word).
    PeopleSet("fresh64", 6, 0.97, 0.98, (), cuts=0),
    # Set 65 (a river chiefs' notice, a sisters'-meal festival, a book restorers' class, a wind-lion survey,
    # tram captains' Q&A, a rugby final): as scored at the freeze, P 114/120 (0.95), R 110/116 (0.95), 2 cut
    # (陳秀琴 of 李陳秀琴, 韋伯·艾利斯 of 威廉·韋伯·艾利斯); after people78 (許獬 dated by 生平, an era
    # before a name, 明末宋琰; a rarer jieba name as a verb's subject, 蔡伦造纸; 韋伯·艾利斯盃 a trophy;
    # 瓊林、安岐、東沙三村 places; 管理人李陳秀琴 whole) P 116/118, R 112/116, none cut. Still wrong:
    # 乌饭叶, 黄饭花 (plants in a 、 list); missed: 毛晋 (the tagger reads 毛 and a verb 晋), 从蔡伦造纸 (从,
    # a place preposition, before a dictionary name), 何東 (Cantonese 嗰代人 after), 林嵐 (a caption's
    # photo credit the cleaning drops).
    PeopleSet("fresh65", 6, 0.98, 0.96, (), cuts=0),
    # Set 66 (a winter-fishing festival, a military-training award roll, a topping-out ceremony, a plates
    # auction, a drunken-dragon dance, a stone-weir repair): as scored at the freeze, P 94/98 (0.96), R 93/106
    # (0.88), 1 cut (佐佐木健 of 佐佐木健二); after people79 (a roll of two-character names gone as page
    # controls kept under its counted head, 优秀教官（6名） over 向前　程功　石坚; 五十九岁的包玉山, an age before
    # a name; 佐佐木健二 whole, a birth-order numeral; 其木格 in a roll of roles; no 松原晚报 from a byline's
    # source, no 龍尾隊 label over a roll, no 下海實作・疊石修補滬堤) P 103/103, R 102/106, none cut. Still
    # missed: 那日苏 (马头琴手那日苏拉起: an unsurnamed name before a verb), 耶律隆绪 (the tagger glues the
    # ruler's title 辽圣宗 on; one mention), 黄兴 (a historical person the dictionary tags a place), 万里 (a
    # numeral word after a role, 总监理工程师万里回顾说).
    PeopleSet("fresh66", 6, 0.99, 0.96, (), cuts=0),
    # Set 67 (camel guides, a divine-pig festival, a milk-tea shop, grabbing the lone lantern, rice wine, a
    # village gala): as scored at the freeze, P 126/129 (0.98), R 123/130 (0.95), 1 cut (曾福 of 曾福來); after
    # people80 (a famous name before a word the tagger reads apart, 鲁迅|笔下, 玄奘|西行; 王羲|之 whole as the
    # dictionary's name; 笔下…的孔乙己 a writer's character; no 那辈人; 通讯员 周末, 审核：高原 in a credit line
    # that named a person) P 131/132, R 128/130, 1 cut. Still missed: 陆游 (the dictionary lists it as a noun),
    # 曾福來 (由曾福來領奏: 來 read as the verb of 由…来; one mention, nothing tells).
    PeopleSet("fresh67", 6, 0.99, 0.98, (), cuts=1),
    # Set 68 (an aytys contest, a draft lottery, an Everest summit, fortune-tellers, land rights, a surf
    # contest): as scored at the freeze, P 100/109 (0.92), R 96/116 (0.83), 3 cut (次仁旺 of 次仁旺堆, 扎西旺
    # of 扎西旺堆, 普布顿 of 普布顿珠); after people81 (a results table's ｜ rows and the reporter's closing line
    # 本報記者洪流在現場看到 kept; 亞軍 written before each name down a column its label; 次仁旺 always before 堆
    # whole; 普布顿珠, 边巴扎西 in a list though 顿珠, 扎西 are dictionary places; 记者 央金; 原名登记 no name;
    # 鄉長林高秀玉 … 林鄉長; 卓奥友峰 a peak, 在马祖当兵 a place; a dated byline ending in a photo's giver is
    # metadata, 圖／潘雅婷; 桑珠 read at every mention and cued; 队医罗布) P 118/121, R 113/116, none cut. Still
    # wrong: the folk characters 阿凡提, 阿尔达尔·柯谢 and the art 阿依特斯 (the tagger's people); missed: 邹平
    # (the tagger reads a place at every mention), 潘多 (one mention, no cue), 贡布 (a 、 list run into the
    # prose after it).
    PeopleSet("fresh68", 6, 0.97, 0.97, (), cuts=0),
    # Set 69 (ear-shooting, shadow puppets, a skills contest, a thesis defence, a trail walk, a village
    # basketball game): as scored at the freeze, P 112/123 (0.91), R 109/126 (0.87), 5 cut (鹿野忠 of 鹿野忠雄,
    # 史金兰 of 高史金兰, 伊斯坦 of 比令·伊斯坦大, Daniel Chow of Daniel Chow 周子谦, Ken of Ken 林); after people82
    # (a labelled roll kept by cleaning though a cell has a role in brackets, 龙海（队长）; a Japanese
    # name glossed in a two-word kana reading, 小林由紀子; 鹿野忠雄 whole, the tagger's word; 花藝家 a role;
    # 高史金兰 … 金兰婶; Daniel Chow 周子謙 one person; 攝影：Ken 林; fields in a programme's bracket,
    # 签手：何方; 阿牛（潘牛）) P 126/132, R 122/126, 1 cut. Still wrong: 孙悟空, 白骨精, 樱木花道 (characters; an
    # author after his work reads alike), Gurkha Spirit, 向祖靈; 比令·伊斯坦大 cut (比 a particle);
    # missed: 解长春 (a city ending), 田园, 程序 (everyday nouns), 阮氏玉蘭.
    PeopleSet("fresh69", 6, 0.95, 0.96, (), cuts=1),
    # Set 70 (a winter swim, a border cattle market, a Hui village Eid feast, a Tao flying-fish ceremony, a
    # youth award, beehive fireworks): as scored at the freeze, P 89/97 (0.92), R 81/93 (0.87), 1 fused
    # (夏曼·阿諾　希·阿諾), 5 cut (赛典赤·赡思丁 at its ·, 沙学 of 沙学文, 希·嘎 of 希·嘎那恩, 瓦旦 of 嘎那恩·瓦旦);
    # after people83 (a dotted part completed where another dotted name writes it whole; a tagger's dotted
    # span ends at a space; two persons either side of a dot one name; 主任|虎建平 not joined; 金花奶奶 vouches
    # for 马金花; 编辑：沙学文 keeps its 文; 攝影：高山; 工作者黃金城說 no place; 纳, 虎, 撒, 侬 cued surnames)
    # P 100/102, R 91/93, none cut. Still wrong: 马六甲 (a place the tagger reads as a person), Hari Raya
    # (a festival after 叫); missed 鳥居龍藏 (a Japanese surname outside the table), 連橫 (a dictionary word).
    PeopleSet("fresh70", 6, 0.98, 0.97, (), cuts=0),
    # Set 71 (a guandan results table, a pumpkin weighing, sheepskin-raft ferrymen, water lanterns, a Song
    # Jiang troupe contest, a mahjong-tile carver): as scored at the freeze, P 106/113 (0.94), R 104/115
    # (0.90), 3 cut (马有 of 马有才, 石田和 of 石田和也, 丰收节 for 袁丰收); after people84 (a results table's
    # pairs apart by /, 江淮/吕金宝; a role closing a sentence, 裁判员：蒯志刚　丁香。) P 112/119, R 110/115, the
    # same 3 cut (the tagger reads 才 and 也 as adverbs: 马有|才在, 石田和|也跟拍). Still wrong: 张飞 (a pumpkin's
    # name in a 瓜名 column and after 取名), 李逵 (a folk troupe's role), 羅漢門 (a place), 马子禄 (a noodle
    # brand); missed 周恩来, 苗青, 陳魚門.
    PeopleSet("fresh71", 6, 0.94, 0.95, (), cuts=3),
    # Set 72 (a pig-killing feast, a couriers' list, a song-fair programme, a dough-figure contest, a
    # paper-offerings workshop, a childcare licence list): as scored at the freeze, P 96/99 (0.97), R 95/113
    # (0.84), 2 cut (纸扎 of 纸扎王, 文杰 of 区文杰); after people84 (cleaning keeps a roll under a head counting
    # its people, 以下6人获提名：, and the table above it, and a programme's timed row of short cells; an
    # award row's winner before the work's title and a tier without 奖, 佳作; 孙悟空 called a character
    # and named in a work's title; 策展人区|文杰 one name) P 110/111, R 109/113, 1 cut (纸扎 of the nickname
    # 纸扎王). Still missed: 唐宁 (唐宁街 elsewhere), 龙金花, 沈从文, 鄧樹根.
    PeopleSet("fresh72", 6, 0.99, 0.96, (), cuts=1),
    # Set 73 (a qinqiang audition, a marathon's pacers, a spring-tea king contest, king-boat builders, a
    # Paiwan ball-spearing rite's roll, a cram school's honours board): as scored at the freeze, P 107/114
    # (0.94), R 103/118 (0.87), 2 cut (皮德斯 of 菲迪皮德斯, Peter of Peter老師); after people85 (cleaning keeps
    # a labelled roll whose cells are dotted names, 刺球手名單：; 刀 a Dai surname; a part after a bare 演 or in a
    # run after a work's 里的; a dictionary word read inside nouns at every mention, 马拉松; a form read as a
    # person at a third of its mentions or fewer, 王船; 菲迪|皮德斯 one transliteration; an English name with an
    # address in brackets, （Peter老師）) P 121/121, R 116/118, none cut. Still missed: 鄭成功 (the tagger reads
    # 鄭成功部 as a unit's name), 孔子 (before 像, once).
    PeopleSet("fresh73", 6, 1.0, 0.98, (), cuts=0),
    # Set 74 (bamboo-raft polers, Yengisar knife masters, search dogs, a green-turtle release, a patuá play's
    # cast, Yushan porters): as scored at the freeze, P 96/103 (0.93), R 92/98 (0.94), 4 cut or over-long
    # (马赫穆德·喀, 迪丽努尔, 彭祖之, 安田美); after people86 (a dotted last part reads on through a sound that is
    # a function word in prose, 喀什噶里; a credit's dot after a given name the table spells whole joins one
    # name, 迪丽努尔·肉孜; a name ends before 之 and a kinship character, 彭祖之子; a romaji gloss after a role
    # bounds a Japanese name, 安田美和（Yasuda Miwa）; a cast row's part after 饰 and a relation word, and its
    # gloss, 饰　婆婆露西亞（Nhonha Lúcia）, 女婿肥仔成; three given characters where a Latin gloss spells one
    # word a character, 范氏青蓮（Phạm Thị Thanh Liên）) P 99/100, R 95/98, none cut. Still wrong: 阿凡提 (a folk
    # character in a simile); missed 施琅 (the tagger reads 琅来台 as a place), 幸高山 (幸 no surname of the
    # table, though the roll holds 幸春妹 too), 林雲霏 (cleaning keeps no reprint note's editor credit).
    PeopleSet("fresh74", 6, 0.99, 0.96, (), cuts=0),
    # Set 75 (a Go dan-grading report, a waist-drum contest's roll, a Xuan-paper skill grading, a Handan parade's
    # roll, a church choir's concert programme by voice part, an oil-paper umbrella master's Q&A): as scored at
    # the freeze, P 110/115 (0.96), R 109/119 (0.92), 1 over-long (林阿旺學); after people87 (a programme row's
    # maker after a work's title, 《耶穌降生》　黃友棣 曲; a roll's section heads ending alike are labels, 女低音;
    # a byline's everyday-word name once the line names someone after it, 记者 高原　摄影 贺兰; 老婆 a wife word
    # and 阿 no own surname in a married form, 鍾劉秀妹, 林阿旺學; a reading run into a name the text writes
    # apart, 高雄美|濃; a word under 姓名, 黄金; a form named only after 角色是, 藤原佐; a dynasty's general, 秦将蒙恬)
    # P 120/120, R 119/119, none cut.
    PeopleSet("fresh75", 6, 1.0, 1.0, (), cuts=0),
    # Set 76 (a Changbai Mountain ginseng diggers' trek, a Keelung harbour pilots' licensing, a Turpan karez
    # cleaners' commendation list, a Yao mountain midwife's story, a Taitung farmers' award, Cantonese
    # villain-hitting grannies): as scored at the freeze, P 83/91 (0.91), R 80/93 (0.86), 4 cut or over-long
    # (黃伯話, 鄧卓賢話, 何陳玉蓮 as 陳玉蓮, 胡索·伊斯坦大 as 胡索·伊斯坦); after people88 (Cantonese 話 after a
    # surname-led name is the verb, 鄧卓賢話，, and cues a name as 说 does, 鈴木美穗話; a surname and 家 alone is
    # a family, 宗亲 a clan association; marrying into a surname's family, 嫁咗去何家, is a married form's
    # evidence; a line's first cell before a bar is a dotted name's whole, 胡索·伊斯坦大｜; 清人 dates a
    # historical name, 杨宾; a rare word glossed by a full English name, 辛格（Harpreet Singh）; a cell shaped
    # as its line's unread head is a label, 边棍) P 89/90, R 86/93, none cut. Left: 陳大文 (a form's
    # placeholder name); missed 朴英子, 赵雷, 韦国庆, 川上浩二郎, 屈大均, 黃阿金 (the tagger splits or vetoes
    # them), 吳雅琪 (cleaning drops the closing credit line).
    PeopleSet("fresh76", 6, 0.98, 0.92, (), cuts=0),
    # Set 77 (an Aoluguya reindeer head-count, a Luoyang taxi drivers' exam-ride convoy, a Hani terrace
    # seedling-gate ceremony, a North Point cobbler's stall in Cantonese, a Saisiyat pasta'ay report, a Qing
    # family-division contract quoted): as scored at the freeze, P 86/93 (0.92), R 81/100 (0.81), 2 cut
    # (阿水公 of 簡阿水公, 陳美玉 of 何陳美玉); after people89 (married forms set off by X太 before them,
    # cleared by a title before the tagger's reading, or with a rarer own surname the page bears; siblings
    # by a shared generation character, 簡長發、長榮、長順兄弟; a credit's whole value whatever word it
    # makes, 記者 向前, 审核：乌日娜, 和 opening it; a language's term, 越南语称为Hà Nhì; Traditional 於 no
    # name without a title; a tagged 阿-name with an elder's address takes the surname before, 父簡|阿水公;
    # a tagged Japanese name the dictionary lists; cells ending in their heading's last character are
    # things, 放养点 over 乌玛点; a 、 list read on to its last item before 等人; 母舅, 档主 as cues)
    # P 102/104, R 95/100, none cut. Left: 馬虎 (the dictionary lists it as a name), 連族中 (连…也);
    # missed 汪安全 (a word as given name, in a plate roll), 马普才, 夏天明, 日阿拐 (the tagger splits or
    # reads a time), 森口由香 (a surname no table has).
    PeopleSet("fresh77", 6, 0.98, 0.95, (), cuts=0),
    # Set 78 (a Xiamen neighbourhood Mid-Autumn bobing night, a Taihang cliff-road memorial stele with a
    # builders' roll, a Beihai clam-digging contest's results table, Sham Shui Po shop cats in Cantonese, a
    # Chiayi professional-mourners troupe, a Macau Old Protestant Cemetery walk): as scored at the freeze,
    # P 101/111 (0.91), R 97/111 (0.87), 4 cut or over-long (客汉斯·穆勒, 伏波 of 伏波将军, 家明笑言,
    # 亨利·約翰·斯賓塞 of 亨利·約翰·斯賓塞-邱吉爾); after people91 (role cues 部将, 将军, 团员, 唢呐手, 老板娘,
    # 游客, 背包客; a three-character name the dictionary lists, 郑成功屯兵; the words before a title that a
    # surname follows qualify it, 伏波将军马援; a given name's landmark, 满囤洞, and a largo, 白鸽巢前地, are
    # places; a given name alone is not run into its speech verb, 家明笑言; a role's last character and a
    # hyphen's second surname around a dotted name, 背包客|汉斯·穆勒, 斯賓塞-邱吉爾; four characters after a
    # role 日本 opens or before writing a work, 岩合光昭, 夏目漱石; 阿 and a parent's kin character open no
    # name, 阿媽仲; 团 ends a group; the second of a pair dressed as is a character, 派大星; the tagger's
    # married reading opening a clause, 黎葉寶琪; a 、 item after a role whatever its word, 許美麗; a
    # titled surname and four more is the surname and two, 贾一鸣书丹; a Latin word called so in a sentence
    # that counts an animal, Kitty) P 113/114, R 107/111, 1 over-long. Left: 马援南 (the tagger runs 马援
    # into 南征, which the dictionary tags as a name); missed 杨贵 (杨贵作比 run on), 何必 (an adverb),
    # 陳林玉蓮 (after 的 with nothing vouching for the husband's surname, as set 24's 羅陳美儀 test wants).
    PeopleSet("fresh78", 6, 0.99, 0.96, (), cuts=1),
    # Set 79 (an Akqi Kyrgyz eagle-hunters' festival, a motorcycle-homecoming rest station on National Road
    # 321, Hainan Li face-tattoo grannies, a Kam Tin lantern-lighting in Cantonese, a Taichung 'salmon'
    # renaming rush, a Rukai lily-wearing rite): as scored at the freeze, P 126/135 (0.93), R 117/127 (0.92),
    # 3 cut (古丽娜 of 古丽娜·吐尔洪, 張鮭魚 of 張鮭魚夢想家, 賴鮭魚 of 賴鮭魚公主). After people92 (a people's
    # language X语 beside X族; a 、 list full of people vouches for 陆路, 盘金秀; a credit's whole value, 摄影 马路,
    # 编辑：哈斯也提; a credited dot before a part no surname opens, 古丽娜·吐尔洪; the era of Japanese rule marks
    # a name, read whole where the tagger stops two in, 森丑之助、鹿野忠雄; three inside a word said twice,
    # 丁添丁 of 添丁添丁; a form ending in 鸟 a bird, 甘工鸟) P 133/138, R 124/127, 2 cut. Left: 张鲑鱼/赖鲑鱼
    # cut (the renamed names are words: 梦想家, 公主), 原名 (a table's header), 阿克苏鲁 (an eagle's name in a
    # table) and 布尔库奇 (a glossed term); missed 韦小宝 (a fictional name a real boy bears), 鄧文美玲 (a
    # married form after 媽媽), 巴山 (a word, joined by 和 to a found name).
    PeopleSet("fresh79", 6, 0.96, 0.97, (), cuts=2),
    # Set 80 (a Morin Dawa Daur field-hockey final, a Butuo Yi torch-festival pageant and bullfight, a Yongfeng
    # Ouyang clan genealogy completion, Hong Kong's last dai pai dong licences in Cantonese, a Taoyuan
    # new-immigrants' literacy class, a Sakizaya fire-god rite): as scored at the freeze, P 129/135 (0.96),
    # R 113/138 (0.82), 3 cut (吉伍拉 of 吉伍拉且, 阿苏拉 of 阿苏拉哈, Au Yong of Au Yong Chee Keong). After people93
    # (a 、 run of four-character items; 且 before a stop ends a name; a role vouches for four sound-spelt
    # characters, 主人马海木呷, 主人是阿说尔布; a credit's set-off four, 记者 阿苏伍各; a found name's clan part,
    # 海来阿木 by 海来阿芝; X族 names a people, 毛利, 撒奇萊; a role column's four, 敖日格乐; a list's last item
    # before its count, 金花五名; 陳炳 by 。炳叔; 拼成了"Au Yong" a spelling; 唐代欧阳询; a ceremony's name,
    # 巴拉瑪火神祭; a name spelt out, 我姓高，名叫興) P 150/150, R 134/138, nothing cut. Left: missed 沙马阿果 (no
    # tagger person, its clan only in the byline), 奢香夫人 (two characters with no surname, read twice), 欧文
    # (a dictionary word), 張根 (run into 承繼, a verb no dictionary lists).
    PeopleSet("fresh80", 6, 1.0, 0.97, (), cuts=0),
    # Set 81 (a Yinchuan Tangut-studies conference, a county police DNA family-reunion ceremony, a Morin Dawa Daur
    # field-hockey club's season report, a Taiwanese-opera troupe's 《陳三五娘》 credits and review, a Sai Kung Hakka
    # qilin dance in Cantonese, an Atayal church's 75th anniversary): as scored at the freeze, P 134/143 (0.94), R
    # 124/139 (0.89), 2 fused (拓跋宏远 with 拓跋宏, 孟德胜 with 孟冠军), 3 cut or over-long (黃秀蘭 of 曾黃秀蘭,
    # 顾问扬·范德贝赫, 新月鳳 for 陳林素琴). After people94 (a vouched column's own names crowd it, 苏和 under 姓名;
    # 顾问, 志愿者, 义工, 探险家 as roles, 科兹洛夫, 金敏; a sibling's shared generation character no word written
    # elsewhere, 许家祥、许家瑞; the Tangut clans 嵬名, 野利 as compound surnames; a Japanese ending written again,
    # 松田和也也; a cast list's dotted rows make their parts characters, 黃五娘……林玉嬋; 回到, 来到, 带到了 take a
    # place, 尼尔基; a role before a surname and a title's word makes a full name, no address, 中场孟冠军; 阿嫲 a kin
    # word, 曾黃秀蘭; a form only inside a work's title, marked or not, 陳三五 of 陳三五娘) P 143/146, R 131/139, 1
    # fused, 1 over-long. Left: 拓跋宏远 fused with the emperor 拓跋宏 inside it; 新月鳳 (a troupe's name, merged as
    # 陳林素琴's), 伊家己 (Hokkien "himself"), 林大由 (林大由林大鵬飾演), 'Yaki' (an Atayal word, alias of Yaki Temu);
    # missed 鄭雅雯 and 李阿土 (cleaning drops the 評論人 byline and takes the 武場 credit line for the title), 阮氏金鳳
    # (a Vietnamese name the tagger does not read), 乌力吉巴雅尔, 没藏慧, 曾德興公, 尤幹·比浩 (a glossed dotted name
    # after an everyday word: the gloss rule's wider start cut names in five other sets), 井上伊之助.
    PeopleSet("fresh81", 6, 0.97, 0.94, (), cuts=2),
    # Set 82 (a Shanghai collective sea burial off Wusongkou, a Tongjiang Hezhen 乌日贡 festival's results, a
    # Minhe Sanchuan Tu 纳顿 mask-dance roll, a Tai O dragon-boat water parade in Cantonese, a Matsu Nangan
    # lantern-festival 擺暝 with its 福首 households, a Thao Lus'an ancestral-spirit ceremony): as scored at the
    # freeze, P 151/161 (0.94), R 141/151 (0.93), 2 cut (卡捷琳娜·基列 of 叶卡捷琳娜·基列, 马七十 of 马七十三). After
    # people95 (a Japanese role's four with a stop inside, 伊能嘉矩, and a surname's birth-order name, 大冢真一连说;
    # an honorific after a dictionary word, 周恩来同志; a trade in 师/员, 礼仪师钱薇; an age makes a work's name a
    # performer, 吕长寿; a given name of numerals, 马七十三, and so 喇成 in its roll; a tagged person stopping at a
    # name dot, 叶卡捷琳娜·基列; a people's language, 邵語和, 邵語老師; a list counted in halls, 合心堂; 阿公 an
    # address; a rare surname's word family, 祖靈祭/祖靈籃; a place's Latin gloss, Ita Thaw; a demonym, 馬祖人;
    # a crowded column's 子-name, 陈和子) P 160/161, R 150/151, nothing cut. Left: 伊玛堪 (a genre before a role,
    # 伊玛堪说唱艺人吴玉兰); missed 高日光 (日光 a word, named once after 的是).
    PeopleSet("fresh82", 6, 0.99, 0.99, (), cuts=0),
    # Set 83 (a provincial place-name society's stories of places named after people, a Jingpo Munao Zongge
    # festival, a court's sentencing of a tomb-robbing gang, a Hakka ancestral trust's member notice, a Cheung
    # Chau bun-festival float parade in Cantonese, a Kinmen overseas-Chinese mansion's descendants): as scored
    # at the freeze, P 148/160 (0.93), R 141/150 (0.94), 3 cut or over-long (Kō Ken of Kō Ken'ichi, 字俊卿 for
    # 黃百萬, 水源伯笑 for 許水源). After people96 (two unknown characters credited after a staff job
    # or as a work credit's whole value, 通讯员 排山, 审核：排生; a rarer surname after a role the text
    # joins to it, 县长刀勇 … 刀县长; a given name the dictionary lists though it holds a particle,
    # 儿子李向东; 字 opening a bracket, 黃百萬（字俊卿）; an elder's address not run into a speech verb,
    # 水源伯笑說; X人 beside X族 a people, 景颇人; Cantonese 扮 a part, 扮孫悟空; 原名 before a county's
    # ending, 原名安定县; what one becomes a title, 成為包山王；) P 154/160, R 146/150, 1 cut. Left: Kō Ken
    # of Kō Ken'ichi cut; 目瑙纵歌, 目瑙示栋, 万人舞 (a festival, its pole, its dance), 董萨 (a priest's
    # title before his name), 杜祈福 (宁贯杜|祈福) listed; missed 左权 (the text writes 左权县, a place to
    # the place rule), 木然腊 (after the ritual title 斋瓦), 郭李詠詩 (a married form after 阿媽), 黃清水
    # (the tagger splits 族老黃清水主祭).
    PeopleSet("fresh83", 6, 0.96, 0.97, (), cuts=1),
    # Set 84 (a Guoyang class-of-1985 alumni reunion, a bulk carrier's crew change at a Zhoushan anchorage, a
    # hospital's Nurses Day tribute to twelve retiring nurses, a Tainan family obituary with its mourners' list,
    # a Wu-style tai chi master's 80th birthday and discipleship ceremony in Cantonese, a Kaohsiung blood
    # donors' honours): as scored at the freeze, P 144/151 (0.95), R 141/151 (0.93), 1 over-long (諱秀琴 for
    # 林秀琴). After people97 (a signer's closing verb, 陳志明 敬撰; an in-law kin word, 孫媳; 讳 the taboo
    # name, 諱秀琴; a late parent's word, 先父陳水田, not 先父母; 攝 a person's credit, 攝：容易; three cut
    # inside a word, 鑑泉太|極拳; a people before a role, 滿族弟子全佑; a name spelt a character a gloss
    # word, 厨师｜觉敏（Kyaw Min）; a classifier before X的, 一张王琇瑛的照片; a work after X的, 徐迟的报告文学
    # 《…》; 民警莫凡; a role and a dictionary name with a particle, 航海家郑和; a woman's kin word before
    # her married name, 外祖母林黃罔市; introduced after 是 and quoted, 代表是夏天晴。她说) P 155/157,
    # R 151/151, nothing cut. Left: 戚寅世 (the tagger's name inside an obituary's formula 族戚寅世友誼),
    # 張無忌 (a novel's hero named once after the novel's title, 好似張無忌咁).
    PeopleSet("fresh84", 6, 0.98, 1.0, (), cuts=0),
    # Set 85 (a Jinjiang football club's squad review, a missing-person follow-up with a roll of searchers, a board
    # re-election notice, a Hakka genealogy's classical preface, a Kaohsiung citizen-judge trial report, a Taitung
    # Bunun school baseball team): as scored at the freeze, P 124/128 (0.97), R 121/136 (0.89), 3 cut or over-long
    # (德拉甘·彼 of 德拉甘·彼得罗维奇, 吳李秀 of 吳李秀蘭, 钱江潮 for 钱江). After people98 (a bracket's last clause
    # a credit, 编辑：章可）; the byline's slash closing a staff role's value, 記者莊嚴／; a gloss's diacritics,
    # Dragan Petrović; a mother's married form by her child's surname, 母親余高秀蘭 … 余得勝; the tagger's five run
    # on over 由; a dynasty that had the person, 漢有鍾皓; imperial offices, 太傅鍾繇; a time word glued before a
    # name cut short, 昔|鍾理和先生; a role addressing a surname no table holds, 幸教練; police jobs and an aspect
    # particle after a compound surname, 民警上官明带着; 太 in Japanese given names, 近藤兵太郎) P 134/135, R
    # 130/136, 1 over-long. Left: 钱江潮 for 钱江 (the dictionary tags 钱江潮 a name), 諱宗仁 (people97's 讳 rule
    # covers it), 鐘聲 and 穀雨 folding onto required 鍾聲 and 谷雨; missed 向长河 (an age and 老人 before, the
    # tagger reads 向 a preposition and 长河 a river), 游文正 (审判长游文|正开庭: 正 an adverb), 鍾阿九
    # (阿九公主其事 read as a princess), 徐阿妹 (cleaning drops the comments), 南丁格爾 (a dictionary place), 吳明捷
    # (a film's character).
    PeopleSet("fresh85", 6, 0.99, 0.95, (), cuts=1),
    # Set 86 (a Zhongshan Antarctic station's overwintering handover, a Yanbian Korean village's joint
    # sixtieth-birthday feast, a Hukou ex-fishermen's porpoise patrol, the Tsou war ritual at Tapangu, the Tai Hang
    # fire-dragon dance in Cantonese, a Taiwan migrant-worker literature award): as scored at the freeze, P 151/163
    # (0.93), R 144/157 (0.92), 5 cut or over-long (巴特尔 of 苏和巴特尔, 次仁会唱 for 次仁多吉, 李图 of 李图们,
    # 林火之 for 林火, Uyongu Yata of Uyongu Yata'uyungana). After people99 (a glottal stop's apostrophe in a Latin
    # name part, Yata'uyungana; 州长 a role; a work's other name bracketed after its title, 《桔梗谣》（道拉吉）; 之手
    # after a name, 林火之手; 辈 ends no name, 孙辈; two found names written together, 苏和巴特尔; a modal verb after
    # a clan part, 次仁会唱; Cantonese 佢個女; a nationality before a sound-spelt name, 緬甸籍的敏昂（Min Aung）; a
    # flower's name, 金达莱花，; a quoted term's tail, 孫龍 of 「子孫龍」) P 156/160, R 148/157, 1 cut. Left: 李图 of
    # 李图们 (们 never in a name), 祝寿 (after 给母亲, the dictionary's name), 舞火龍 (舞 a surname), 馬林·昆當 (a
    # folk tale's character); missed 成龙 (a star named beside 金成龙), 冷冰 and 何方 (words), 苏轼, 金庸, 鳥居龍藏
    # (famous people named plainly), 安國樑 (鄉長安 reads 長安), 黃龍珠 (龍珠 a thing). After people100 (a time word
    # after a dictionary name, 苏轼|当年) P 157/161, R 149/157; after people122
    # (a given name and an address join the one full name of it: 淑子阿妈 with 韩淑子) P 156/160.
    PeopleSet("fresh86", 6, 0.96, 0.94, (), cuts=1),
    # Set 87 (a Hani long-street banquet, the last households leaving a Shanghai shikumen lane, a Qinghai thangka
    # class's graduation, Tai O's stilt-house residents in Cantonese, a Hualien mountain school's last graduation, a
    # Tanka boat wedding in Aberdeen): as scored at the freeze, P 128/132 (0.97), R 128/141 (0.91), 1 fused (夏吾多杰
    # + 多杰) and 1 over-long (南宫月带 for 南宫月). After people100 (a roll's heading over a 、 line or bar rows,
    # 结业学员名单 over 仁增、才让东智, 歷任校長名錄 over 陳光明｜; a child before a parent of the same surname,
    # 田希望的父親田志成; a compound surname and one character before a verb, 南宫月带来; a dictionary place read as
    # a person once of four mentions, 石库门; a roll's own item no given part of a longer name, 多杰 beside 夏吾多杰;
    # a count of kinds before a list, 十几种矿物颜料，朱砂、石绿、石青; a dictionary name dated by a dynasty,
    # 清朝時林則徐; a married form after 阿姨, 廚工阿姨徐林月桃) P 138/138, R 137/141, nothing fused or cut. Left:
    # missed 车长街 (the tagger reads 车 and 长街 as nouns, 拔得头筹 no boundary), 更登达吉 (a Tibetan name after
    # 艺人 the tagger splits, 更|登|达吉), 扎西 (a dictionary place in the roll), 才让加 (阿爸才让加原本: the tagger
    # reads 才 an adverb).
    PeopleSet("fresh87", 6, 1.0, 0.97, (), cuts=0),
    # Set 88 (a Zhuzhou square-dance contest, a flood patrol on a Huai River embankment, a cheongsam show by elderly
    # women in a Shanghai lane, the 921 earthquake memorial in Jiji, Repulse Bay's lifeguards in Cantonese, a Tainan
    # girls' school class's fiftieth reunion): as scored at the freeze, P 134/140 (0.96), R 131/138 (0.95), 3 cut or
    # over-long (安澜 of 许安澜, 證嚴 of 證嚴法師, 玉英笑 for 王李玉英). After people101 (a compound surname and one
    # character between a title and a speech verb, 书记单于红坦言; a kin word the tagger reads with the surname
    # after, 孫女|江小柔; a married name's given part run into how it was said, 玉英笑說; a word and the noun the
    # verb before takes, 跳的孔雀舞; a byline's last value after a photographer, 摄影 舞阳; a team's name, 石峰老姐妹队)
    # P 137/139, R 134/138, 2 cut. Left: 安澜 of 许安澜 (the given name quoted and said as a wish, 岁岁安澜, read
    # as a person of its own), 證嚴 of 證嚴法師 (the gold keeps the title, as set 20's 見性 does not); missed 梅兰芳,
    # 楊秀瓊, 南丁格爾 (famous people named plainly).
    PeopleSet("fresh88", 6, 0.98, 0.97, (), cuts=2),
    # Set 89 (a Guangxi sugarcane crew's pay day, a Sunan Yugur sheep-shearing contest, a county radio night-talk
    # show's last broadcast, a Taoyuan fire bureau's bravery awards, Yau Ma Tei street letter-writers in Cantonese,
    # a Lukang beiguan music society's centenary): as scored at the freeze, P 133/139 (0.96), R 127/132 (0.96),
    # 1 cut or over-long (搵筆伯 for 周文翰, a nickname with a verb fused). After people102 (嗰 before a classifier
    # surname, 嗰張摺枱; no surname and a verb before an address written alone, 都搵筆伯, or 一 and a verb before 就,
    # 天一亮就, or a form proposed at a third of its mentions, 和聲軒; a bracket after a quoted term sharing its last
    # character, 「頭手絃」（殼仔絃）; a town's 國中 before a grade, 楊梅國中三年級; a given name someone gave after a
    # surname, 給他取名小鼓 … 洪小鼓; a relative after a kin word sharing the found person's surname,
    # 粘錦成的孫女粘玉蘭; a clan part before a given part the tagger reads a person, 阿爸才让扎西 beside 才让东珠;
    # a work's writer cited for what it records, 連橫在《台灣通史》裡就記載過; a table's one unnamed cell under a
    # person's heading the prose names with its row, 4｜妥当｜…｜大河乡 … 妥当来自大河乡) P 138/138, R 132/132,
    # nothing cut.
    PeopleSet("fresh89", 6, 1.0, 1.0, (), cuts=0),
    # the ninetieth held-out set (first pass at freeze105p: P 120/125, R 113/123, 桂兰 of 孟桂兰 cut; fix pass
    # people103: 以 after a name opens its predicate, no street's head, 歐陽風以街舞; 撰稿 a person's credit role
    # and a three-character whole value ending as a road, 撰稿：江小路; 大名 before a surname, 大名白改改; 这座
    # after a form, a place, 鹿鸣峰这座塔; 她男人 a kin cue and a rare proper noun a given name after a cue,
    # 她男人涂长海; a name after 书里的, the book's character, 孙少平; a word tagged a name between a role and a
    # speech verb, 主任宁静介绍; a rarer surname's name-tagged two after a role and before a clear end, 作家路遥；
    # 厨工 a job, 廚工白玉; 一个护林员叫葛根，; 默劇大師 beside 、默劇、 no dharma name; a three-character
    # name's given part alone, 桂兰 of 孟桂兰) P 128/129, R 121/123, nothing cut. Left: 延安 (a roll's item
    # with no surname, also the city 延安市), 德蘭修女 (a name with its title), 拉琴 (丈夫拉琴, a verb read as a
    # transliterated name after a kin word).
    PeopleSet("fresh90", 6, 0.99, 0.98, (), cuts=0),
    # Set 91 (a fishing village's typhoon rescue, a Lanzhou Hui beef-noodle shop, Xin'an River reservoir migrants,
    # a Shek Kip Mei rooftop school's reunion in Cantonese, Yuanlin level-crossing keepers, a Penang clan jetty):
    # as scored at the freeze, P 151/156 (0.97), R 146/154 (0.95), 妈祖保佑 and 歐陽光話 over-long. After
    # people104 (a verb of saying after a compound surname and one given character, 攝影師歐陽光話佢; a numeral and
    # 號 number a thing, 員林一號; a unit's chief before a full name is the title, 段長范姜國華; a rare word as a
    # given name after 和 in a list, 蒋和顺; the country one comes from before a sound-spelt glossed name,
    # 来自缅甸的觉温（Kyaw Win）; an office after a full name, 周恩来总理; a kin word before a name ending as a
    # stream does, 女儿方小溪; 冶 a Hui surname and shop-floor trades as cues, 图/冶青, 老钳工冶金海; a title's
    # last character the tagger glued on, 甲必丹|辜禮歡; a verb ending four characters with no surname, 妈祖保佑;
    # a surname the text writes often as its noun and no other name opens, after 的, 马家的汤熏香的) P 158/158,
    # R 153/153 once the gold no longer split one Burmese name (觉温, Kyaw Win) into two people (R 146/153 at the
    # freeze with it corrected). Left: nothing.
    PeopleSet("fresh91", 6, 1.0, 1.0, (), cuts=0),
    # the ninety-second held-out set, as scored at the freeze, P 133/137 (0.97), R 127/138 (0.92), 司馬光多, 梁太梁
    # and 果商頌猜·汶納 over-long. After people105 (多 before a count after 比 is the comparison, 比砸缸的司馬光多
    # 一個字; a compound surname and one given character is a whole name, 司馬光 beside 司馬光明; 梁太 before the
    # married name the same surname opens, 梁太梁何秀英; a trader's word ending in 商 before a dotted name, 果商|
    # 頌猜·汶納; a firm named after its owner's given name, 何德勝（德勝行）; a numeral compound surname after a
    # title it takes elsewhere, 场长第五建平 … 第五场长) P 137/137, R 130/138. Left: historical people named
    # once and plainly (畢昇, 古騰堡, 楊貴妃, 杜牧, 馬致遠), 义年华, 程念今, 甘泉 (a father after 阿爸). After
    # people106 (a relative after a kin word bearing the surname of another person of the page, 阿爸甘泉 beside
    # 甘國雄, 女儿程念今 beside 程守拙) R 132/138. Left: the historical people and 义年华 (a rare surname whose
    # given name is a word, in a short list in prose).
    PeopleSet("fresh92", 6, 1.0, 0.95, (), cuts=0),
    # the ninety-third held-out set (street sweepers retiring, a mountain-rescue team, a Dong drum tower, a Cantonese
    # opera troupe, Mazu sedan bearers, a Guling Street bookshop), as scored at the freeze, P 138/145 (0.95),
    # R 136/144 (0.94), 杨锦坤 fused with 杨锦 and 李白石 with 李白, 咪鳳凰女 over-long and 司馬中 cut. After
    # people106 (a roll's two items are two people, 杨锦、…、杨锦坤; a famous name the dictionary lists is no
    # short form, 李白 beside 李白石; a compound surname and a word of two, 作家司馬|中原的, 司馬中|和; a name the
    # dictionary lists in a list, 魯迅、沈從文; 同 joins a second full name, 任劍輝同白雪仙; a surname glued onto
    # the verb before, 睇任|劍輝; Cantonese 係咪 and 仲 run into a name, 咪鳳凰女, 仲即場; a married name after
    # 由, 由曾何少霞打理; 线 ends no name, 鳌太线; two characters always after one character, 報馬仔) P 147/149,
    # R 143/144. Left: 霍小玉 (an opera role the tagger reads as a person), 花蓮 (a place after 來自, before
    # another place), 时传祥 (named plainly, the tagger reads none).
    PeopleSet("fresh93", 6, 0.98, 0.99, (), cuts=0),
    # the ninety-fourth held-out set (a seaweed-thatched roof, the last Naxi muleteers, a Beitou nakashi band,
    # Kaohsiung ship breakers, Susong cotton fluffers, Yau Ma Tei tinsmiths), as scored at the freeze,
    # P 135/138 (0.98), R 126/136 (0.93), nothing fused or cut. After people108 (a credit's whole value set off
    # by a slash after a role's word or a work credit's colon, 攝影／陳港都, 审核：木光明; a short cell under
    # 姓名 opening with 和 or ending as a road does, 和玉才, 和平, 李山路; a compound surname and 记 is a shop,
    # 鍾離記; 史 or 展 glued to an activity, 口述史整理, 口述史展; 和 right after a person's role, 记者 和晓云;
    # a famous name the tagger runs into the next word, 秦始皇|东巡) P 142/142, R 133/136. Left: 和晓梅 (after
    # a kin word, 孙女和晓梅, where 和 may join two nouns), 美空雲雀 twice (a Japanese singer named plainly).
    PeopleSet("fresh94", 6, 1.0, 0.97, (), cuts=0),
    # the ninety-fifth held-out set (Zigong brine-well salt workers, Xingping cormorant fishermen, Harbin ice
    # harvesters, Houtong coal miners, Tainan cut-and-paste ceramic masters, Kwun Tong seamstresses), as
    # scored at the freeze, P 141/145 (0.97), R 128/135 (0.95), 2 cut or over-long. After people109 (a list's
    # first item that is a found full name with a verb glued before it, 请|黄德春、莫金水、罗渔生; a family and a
    # place or time after it, 嫁進陳家後; 常 an adverb no name ends in before a verb, 我師公常說, not before 的,
    # 韋季常的; a rarer famous name dated by 在 and a time after it, 李冰在两千多年前; a famous name the tagger
    # reads into the one-character verb before it, 播|羅文; 完颜 a compound surname, and a clan's name opening
    # with 阿 takes a verb before an adverb as its third given character, 完颜阿骨|打就是) P 144/144, R 131/135.
    # After byline29 (a byline whose role marks trail the names, 记者 莫江雨　通讯员 覃晓春　文　　唐舟 摄, read
    # as a byline, no longer dropped as a caption for its last 摄) P 147/147, R 134/135. Left: 潘麗水 (in a
    # related-links footer line cleaning drops as page junk, rightly: another article's teaser).
    PeopleSet("fresh95", 6, 1.0, 0.99, (), cuts=0),
    # the ninety-sixth held-out set (a Tieling two-person-opera troupe, a Hakka earth building's roll call,
    # Beijing pigeon-whistle makers, Meinong tobacco-barn growers, Hsinchu rice-vermicelli masters, a Macau
    # incense factory), as scored at the freeze, P 155/157 (0.99), R 143/145 (0.99), nothing fused or cut;
    # after people110 (a rarer famous name before a time word the tagger reads, 赵本山|后来, though 山后 is a
    # word; a numeral the tagger reads into one word with a measure of things counts what follows, 一場|謝師宴;
    # a compound surname's name the tagger reads as another word before a verb, 姑娘|上官悦|负责; a verb and
    # object the verb repeats for its result is a task, 顧火顧出) P 157/157, R 145/145.
    PeopleSet("fresh96", 6, 1.0, 1.0, (), cuts=0),
    # the ninety-seventh held-out set (Jingdezhen blue-and-white blank painters, a Qingshen bamboo-weaving
    # cooperative, Zigong salt-well workers, Lukang lantern painters, a Penghu stone-weir family, a Huwei
    # glove-puppet troupe), as scored at the freeze, P 149/152 (0.98), R 135/138 (0.98), 1 over-long;
    # after people111 (a place and 人 opening a dotted item are a nationality, 、法國人班雅明·杜邦; a craft
    # column's cell the prose writes as what a pronoun's one verb made is a thing, 她编的竹丝扇; a name the
    # tagger stops before 堂的 is a house, 王三畏堂的账房; a full name whose head is a word, then 的 and an act,
    # is a person, 黃海岱的演出; a dynasty's time and an office in 官 date a name, 明代的督陶官唐英)
    # P 151/152, R 137/138. Left: 童宾 (read as a noun, 读过童宾的故事), 陳家養 (陳家|養的狗: the family raises).
    PeopleSet("fresh97", 6, 0.99, 0.99, (), cuts=0),
    # the ninety-eighth held-out set (Kinmen distillery veterans, Liuyang firecracker workers, Qingxu vinegar
    # brewers, a Sham Shui Po herbal-tea shop's last month, Sanyi wood carvers, Zhenhu embroiderers), as scored
    # at the freeze, P 142/146 (0.97), R 122/127 (0.96), 1 cut or over-long (保安拉杰·古隆 for 拉傑·古隆);
    # after people112 (brands named like people, told by what the text says of them: a 、 list the text calls
    # chains and drinks, 王老吉、黃振龍、鄧老涼茶，都係連鎖店同罐裝飲品; 王老吉係個牌子; what a selling verb's
    # 的 phrase names, 賣得最好的是陳高和特級高粱) P 142/142, R 122/127; after people113 (a dictionary name the
    # tagger cuts before a particle, 林則|徐喺; a time of life after a name a classifier counts, 一张朱铭年轻时;
    # a famous name before a birthday of an age, 慈禧七十寿辰; 在张謇的支持下; a name doing something for someone,
    # 傅山曾为醋坊题过字; a role word opening the tagger's dotted name, 大廈保安拉傑·古隆) P 146/146, R 127/127.
    PeopleSet("fresh98", 6, 1.0, 1.0, (), cuts=0),
    # the ninety-ninth held-out set (Yixing zisha teapots, Chaozhou shaved-head barbers, Foshan oil-paper umbrellas,
    # Hong Kong's Lin Chao, a Hong Kong goldsmith's, glass-making), as scored at the freeze, P 145/153 (0.95),
    # R 127/131 (0.97), 4 cut or over-long (水伯个仔, 水伯摸住 for 何金水; 郑用 for 郑用锡; 姜德明 for 范姜德明);
    # after people114 (a 、 list that all opened shops, one item no name, 周大福、周生生、六福喺隔籬街都開咗舖;
    # an elder's address run on where written alone more often, 水伯个仔; 姓范名姜德明 beside 范姜德明; an era
    # dating a name the tagger cut, 清代郑用|锡那个时候; a pair or a 的 phrase a measure counts, 一对龙凤鈪,
    # 一把署名储福根的石瓢壶) P 147/147, R 128/131. Left: 供春, 郑板桥, 鲁班 (famous names written plainly).
    PeopleSet("fresh99", 6, 1.0, 0.97, (), cuts=0),
    # the hundredth held-out set (Xuan paper, Zhangqiu woks, Nanjing brocade, Hong Kong bamboo scaffolding, the
    # Xihu cane train, Dadaocheng tea sorters), as scored at the freeze, P 138/141 (0.98), R 130/144 (0.90),
    # 2 cut or over-long (曹寅当 for 曹寅; 黎陳月 for 黎陳月好); after people115 (a dateline row taken for the
    # title, its credits read, 2026-12-03 19:05　南京晨报　文/褚师锦生; a credit's value a compound surname of the
    # old registers opens, 责任编辑：东里澈; 曹雪芹的祖父曹寅|当年, the relative's two read; 黎陳月好，即係陳月好, one
    # woman; 錦記茶行, a shop's mark second; 他阿公林錦泉, an elder bearing the surname named before; 汪小溪才五岁,
    # an age after; 织工山本千代; 李白送汪伦的诗, a person's act on a person; 任劍輝同白雪仙嘅戲迷, joined to a full
    # name before whose) P 150/150, R 142/144. Left: 蔡伦 (从蔡伦算起), 新渡戶稻造 (a surname of three no table holds).
    PeopleSet("fresh100", 6, 1.0, 0.98, (), cuts=0),
    # the hundred-and-first held-out set (Huizhou ink, sent-down youths, a family circus, a Sha Tin groom, Golden
    # Horse bus conductresses, a post office's hundred years), as scored at the freeze, P 155/161 (0.96),
    # R 145/153 (0.95), 3 cut or over-long (侯莫|陈悦 for 侯莫陈悦; 郝指 of 郝指导员); after people116 (a dictionary
    # name glued to the person before it, 厂长项永康张罗的; a surname and a title the tagger cut, 郝指|导员, whole;
    # Cantonese 仲 after a subject, 馬房仲|喺, and 喺 before a place one works at, 喺馬房做; a horse counted and
    # named, 呢匹馬叫張保仔; a rare dictionary name before a verb and an aspect, 是王震带着; a writer opening the
    # clause before a work cited, ，連橫在《臺灣通史》裡也寫過; compound surnames of three characters and the
    # old registers' in credits, 通讯员 侯莫陈悦, 實習／步六孤寧, 审校：公乘瑾, 摄影 即墨川) P 162/162, R 151/153.
    # Left: 告東尼 (告 read as a verb, no cue), 方德水 (in the comments the cleaning drops).
    PeopleSet("fresh101", 6, 1.0, 0.98, (), cuts=0),
    # the hundred-and-second held-out set (a Huangmei opera cast reunion, a village dragon boat's last launch, a
    # closed coal mine's tunnelling team, Tainan salt workers, an old cinema's last night, a glassworks' furnace
    # relit), as scored at the freeze against the gold merged at promotion (伊莎贝拉·罗西 and Rossi, one woman),
    # P 156/159 (0.98), R 147/152 (0.97), 2 over-long (潘丽华合 for 潘丽华; 余太余 for 余太); after people117 (a
    # transliteration run listed after a name stops before a verb its last character opens, 潘丽华|合唱; 余太 before
    # her married name, 余太余黃綺文, with her own name written alone too, is the married name, one woman with it;
    # a first row with 姓名 heads every column, 花名 too; a word and an elder's address the dictionary lists whole,
    # 土地公, a god; a nickname before the full name it ends, 二狗李二狗, no animal's kind; a dictionary name
    # named for what one made, 鲁班造伞, 愛迪生發明電燈, or a work cited, 路遥的《平凡的世界》, 郑板桥写过“剃头”; a
    # commander before one under him, 鄭成功部將陳永華) P 160/160, R 151/152. Left: 屈原 (the tagger runs it on
    # into 投江, the dictionary files it as a noun; no cue of the kinds above).
    PeopleSet("fresh102", 6, 1.0, 0.99, (), cuts=0),
    # the hundred-and-third held-out set (a shadow-puppet troupe, Chongqing porters, migrant beekeepers, Keelung
    # dockworkers, soy-sauce brewers, a lion-dance hall), as scored at the freeze, P 154/159 (0.97),
    # R 140/145 (0.97); after people119 (a verb of going between a name and a street word makes no street,
    # 蒋登科去街口) P 155/160, R 141/145. Left: a troupe and a hall named like people (敖家班, 振英堂), a run-on
    # (林家養), an art (布袋戲), a photo word (張合照); 葛优, 葉問, 黃家駒 (famous, named plainly, no general cue
    # found); 东方晴 (an editor's line the cleaning drops).
    PeopleSet("fresh103", 6, 0.96, 0.97, (), cuts=0),
    # the hundred-and-fourth held-out set, mainstream news (a football match, a trial, an astronomy team, an
    # earnings call, a by-election, a film wrap), as scored at the freeze, P 104/109 (0.95), R 98/102 (0.96);
    # after people119 (one counted by a person's measure and named by a noun, 另一名股东邵宏伟; a time dating
    # the act after a name, 四百年前，开普勒描述; 於 the preposition, 起因於原市議員; the tail of a proper noun,
    # 金馬獎導演; a telescope named after someone, 韦布望远镜) P 106/108, R 100/102. Left: 小澜 (a planet's
    # nickname), 大立光 (a firm); 马拉多纳 found after people121 (a foreign name the dictionary lists, the tagger's
    # 马拉多|纳 run to it, vouched for once by a portrait, 马拉多纳的画像): P 107/109, R 101/102; 和丽萍 after
    # people122 (和 a surname after a role, 成员和丽萍、): P 108/110, R 102/102.
    PeopleSet("fresh104", 6, 0.98, 1.0, (), cuts=0),
    # the hundred-and-fifth held-out set, mainstream news (a fire, a badminton final, a fraud bust, a typhoon,
    # an awards night, an obituary), as scored at the freeze, P 108/112 (0.96), R 101/105 (0.96); after people120
    # (a storm's name, 颱風瑪莉亞 … 瑪莉亞登陸; a word made as people are called, 阿兵哥; a rank opening the title,
    # 国羽总|教练; an adverb and its verb, 采访区大方承认; a role and a speech verb of two, 医生甘伟提醒; a doubles
    # pair, 付诗雨/尹可欣; a verb while speaking, 江蕙笑著說) P 111/111, R 104/105. Left: 冼卓然 (a photo
    # credit in a caption the cleaning drops).
    PeopleSet("fresh105", 6, 1.0, 0.99, (), cuts=0),
    # the hundred-and-sixth held-out set, mainstream news (a marathon, a takeover, a moon launch, a sentencing,
    # a celebrity wedding, a table-tennis final), as scored at the freeze, P 99/103 (0.96), R 95/97 (0.98),
    # over-long: 汤老将 (汤老|将卸任, the verb's 将 run in); after people121 (an elder's address, 汤老|将卸任; where
    # the report was sent from, 发自文昌; a preposition the tagger reads, 被告向事主聲稱, 辯方由資深大律師; a name the
    # text calls one, 基普乔格的名字; a wife's name, 帶著太太昆凌) P 102/102, R 97/97, nothing fused or cut.
    PeopleSet("fresh106", 6, 1.0, 1.0, (), cuts=0),
    # the hundred-and-seventh held-out set, mainstream news (a basketball game, an earthquake rescue, a twins'
    # surgery, a tennis final, a painter's retrospective, a tour-bus crash), as scored at the freeze, P 106/109
    # (0.97), R 105/109 (0.96): 余震, 全程守, 曾师 listed; 科比, 和小勇, 仝海燕, 屈家慧 missed; after people122 (a
    # noun the tagger reads at every mention, 专家：余震 … 的余震; a noun, a verb and a preposition, 全程|守|在; an
    # adverb before a word run past the name, 曾|师从; 和 a surname after a role, 队员和小勇; a rare surname read as
    # a preposition before a listed given name written twice, 仝|海燕; a sibling under the generation's character
    # after a kin word, 女兒屈家慧 beside 屈家樂; one admired, 崇拜科比) P 110/110, R 109/109, nothing fused or cut.
    PeopleSet("fresh107", 6, 1.0, 1.0, (), cuts=0),
    # the hundred-and-eighth held-out set, mainstream news (a mine flood rescue, a Go final, a graduation, a
    # Macau casino trial, a literary prize, a belly landing), as scored at the freeze, P 100/101 (0.99), R 99/105
    # (0.94): 甘露副 over-long; 续建国, 温向阳, 要振山, 智小兵 (rare surnames), 庄严, 甘露 (names that are
    # words) missed.
    PeopleSet("fresh108", 6, 0.99, 0.94, (), cuts=1),
]
_IDS = [s.folder for s in SETS]


@functools.cache
def _set_scores(folder: str):
    from people_quality import score_folder

    return score_folder(DATA / folder)


def _problems(folder: str) -> list[str]:
    return [p for s in _set_scores(folder).values() for p in s.problems]


@pytest.mark.parametrize("people_set", SETS, ids=_IDS)
def test_precision_and_recall_hold(people_set: PeopleSet) -> None:
    from people_quality import Score

    scores = _set_scores(people_set.folder)
    total = Score()
    for s in scores.values():
        total.add(s)
    assert len(scores) == people_set.articles
    assert total.precision >= people_set.precision and total.recall >= people_set.recall, (
        total.precision,
        total.recall,
        total.problems,
    )


@pytest.mark.parametrize("people_set", SETS, ids=_IDS)
def test_no_name_is_fused_or_cut(people_set: PeopleSet) -> None:
    problems = _problems(people_set.folder)
    assert len([p for p in problems if p.startswith(("fused", "cut", "over-long"))]) <= people_set.cuts, problems


@pytest.mark.parametrize("people_set", [s for s in SETS if s.forbidden], ids=[s.folder for s in SETS if s.forbidden])
def test_nothing_listed_that_is_no_person(people_set: PeopleSet) -> None:
    problems = _problems(people_set.folder)
    assert len([p for p in problems if p.startswith(people_set.forbidden)]) <= people_set.tolerated, problems


def test_the_scoring_script_reports_problems(tmp_path: Path) -> None:
    """tests/people_quality.py can fail: a gold list the finder cannot meet."""
    from people_quality import score_folder

    (tmp_path / "a.txt").write_text("教练王涛说，球队已经准备好了。", encoding="utf-8")
    gold = {"a.txt": {"required": [["王涛"], ["李四"]], "optional": [], "absent": ["王涛"]}}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    s = score_folder(tmp_path)["a.txt"]
    assert (s.found, s.required) == (1, 2)
    assert "missed: 李四" in s.problems and any(p.startswith("absent") for p in s.problems)


def test_the_scoring_script_refuses_a_person_given_as_a_bare_string(tmp_path: Path) -> None:
    """A person is a list of forms: ``"optional": ["鲁智深"]`` would be read letter by letter."""
    from people_quality import score_folder

    (tmp_path / "a.txt").write_text("教练王涛说，他小时候最爱读鲁智深的故事。", encoding="utf-8")
    gold = {"a.txt": {"required": [["王涛"]], "optional": ["鲁智深"], "absent": []}}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="bare string"):
        score_folder(tmp_path)
