# A story written for this test: one news-like sentence for each CAMEO code
# that had no example sentence in the story tests (statements, appeals and
# intents by kind of cooperation, aid and reform; easing sanctions, curfews
# and blockades; investigations; demands; rejections and refusals; threats;
# reducing relations and aid; seizures, bans, curfews; assaults, bombings,
# assassinations, mass expulsion). The exact code counts.
# Run by tests/stories.sh.
text: tests/stories/codes-all.txt
date: 2025-06-01
dictionaries: default

1 JPNGOV KOR 014               # Japan's government said it was considering imposing tariffs on South Kor
2 PAKREB PAKMIL 015            # The Pakistani Taliban claimed responsibility for the bombing of a Pakist
3 POLGOV UKRCVL 017            # The Polish president laid a wreath at a memorial to Ukrainian war victim
4 INDGOV NPL 018               # The Indian prime minister expressed his condolences to Nepal after the e
5 EGY SAU 0211                 # Egypt urged Saudi Arabia to boost trade and investment.
6 UKR IGONAT 0212              # Ukraine urged NATO to boost military cooperation.
7 ESP MAR 0213                 # Spain asked Morocco to extradite the suspects.
8 ISR USA 0214                 # Israel asked the United States to share intelligence on Hezbollah.
9 PSE BRA 022                  # The Palestinian Authority urged Brazil to support its bid for full Unite
10 HTI CAN 023                 # Haiti appealed to Canada for aid.
11 LKA IGOIMF 0231             # Sri Lanka asked the International Monetary Fund for an emergency loan.
12 SDN IGOEU 0233              # Sudan asked the European Union for humanitarian assistance.
13 MLI IGOUNO 0234             # Mali asked the United Nations to send peacekeepers.
14 IGOEU TUN 024               # The European Union urged Tunisia to carry out political reforms.
15 BGDCVL BGDGOV 0241          # Bangladeshi protesters urged the Bangladeshi prime minister to resign.
16 NGOHRW SAU 0243             # Human Rights Watch urged Saudi Arabia to grant women more rights.
17 IRN IGOEU 0254              # Iran called on the European Union to lift economic sanctions.
18 IGOAU ETH 027               # The African Union urged Ethiopia and Eritrea to settle their border disp
18 IGOAU ERI 027               # The African Union urged Ethiopia and Eritrea to settle their border disp
19 USA IND 028                 # The United States urged India and Pakistan to accept mediation over Kash
19 USA PAK 028                 # The United States urged India and Pakistan to accept mediation over Kash
20 VNM AUS 0311                # Vietnam pledged to expand economic cooperation with Australia.
21 PHL JPN 0312                # The Philippines vowed to strengthen military cooperation with Japan.
22 USA TWN 0332                # The United States pledged to send more weapons to Taiwan.
23 GBR YEM 0333                # Britain pledged to provide humanitarian aid to Yemen.
24 KGZGOV KGZCVL 034           # The Kyrgyz government promised Kyrgyz protesters to carry out political 
25 LKAGOV LKACVL 0343          # The Sri Lankan government pledged to guarantee the rights of Sri Lankan 
26 VEN COLMIL 0353             # Venezuela pledged to release detained Colombian soldiers.
27 USA SYR 0354                # The United States pledged to lift economic sanctions on Syria.
28 SRB KSV 037                 # Serbia said it was ready to resolve its dispute with Kosovo peacefully.
29 COL NOR 038                 # Colombia agreed to accept mediation by Norway in peace talks with the EL
30 CHN IGOEU 052               # China defended its policies in Tibet against criticism from the European
31 RUS SRB 053                 # Russia rallied support for Serbia at the United Nations Security Council
32 RWA BEL 056                 # Rwanda forgave Belgium for its colonial past.
33 ECU PERGOV 075              # Ecuador granted asylum to the former Peruvian president.
34 CUB CUBCVL 081              # Cuba eased travel restrictions on its citizens.
35 EGYGOV EGYOPP 0812          # The Egyptian government lifted the ban on Egyptian opposition parties.
36 IRQ KWT 0842                # Iraq returned seized Kuwaiti property to Kuwait.
37 LBN IGOUNOPKO 0861          # Lebanon accepted the deployment of United Nations peacekeepers.
38 PRK IGOUNOIAE 0862          # North Korea allowed IAEA inspectors into its nuclear facilities.
39 ISR PSE 0863                # Israel allowed the delivery of humanitarian aid to Gaza.
40 ISR PSEMIL 087              # Israel scaled back its military operations in Gaza.
41 SAU YEM 0872                # Saudi Arabia eased its blockade of Yemen.
42 COLGOV COLREB 0873          # The Colombian government demobilized thousands of FARC fighters.
43 IGOUNO MMRMIL 092           # The United Nations investigated human rights abuses by Myanmar's militar
44 IGOUNO TURMIL 093           # The United Nations investigated Turkish military strikes in Syria.
45 IGOICC RUSMIL 094           # The International Criminal Court investigated war crimes by Russian forc
46 DEU RUS 101                 # Germany demanded an investigation by Russia into the poisoning.
47 FRA DZA 1013                # France demanded the extradition of the suspects from Algeria.
48 ISR GBR 102                 # Israel demanded that Britain support its position on Iran.
49 PSE IGOUNO 103              # Gaza demanded aid from the United Nations.
50 LBN FRA 1031                # Lebanon demanded financial aid from France.
51 TWN USA 1032                # Taiwan demanded more weapons from the United States.
52 YEMGOV IGOUNO 1033          # The Yemeni government demanded humanitarian aid from the United Nations.
53 HTI IGOUNO 1034             # Haiti demanded that the United Nations send peacekeepers.
54 IGOOAS NIC 104              # The Organization of American States demanded political reforms in Nicara
55 SDNCVL SDNGOV 1041          # Sudanese protesters demanded the resignation of the Sudanese president.
56 ETH IGOAU 105               # Ethiopia demanded mediation by the African Union.
57 VEN USA 1054                # Venezuela demanded that the United States lift economic sanctions.
58 USA RUS 1056                # The United States demanded that Russia withdraw its troops from the Ukra
59 IGOUNO ISR 107              # The United Nations demanded an immediate ceasefire from Israel and Hamas
59 IGOUNO PSEREB 107           # The United Nations demanded an immediate ceasefire from Israel and Hamas
60 ARM AZE 108                 # Armenia demanded talks with Azerbaijan.
61 NGOAMN MMRMIL 1122          # Amnesty International accused Myanmar's military of human rights abuses.
62 BRA VEN 121                 # Brazil rejected Venezuela's offer of cooperation.
63 ARG GBR 1211                # Argentina rejected a trade agreement with Britain.
64 CHE IGONAT 1212             # Switzerland rejected military cooperation with NATO.
65 DEU GRC 122                 # Germany rejected Greece's request for aid.
66 PAK AFG 1221                # Pakistan rejected a request for economic aid from Afghanistan.
67 DEU UKR 1222                # Germany rejected Ukraine's request for fighter jets.
68 SDN SSD 1223                # Sudan rejected a request for humanitarian aid from South Sudan.
69 EGYGOV IGOEU 123            # Egypt's government rejected demands for political reform from the Europe
70 SYRGOV SYRREB 1231          # The Syrian president rejected calls for his resignation from Syrian rebe
71 IRN GBRCVL 1243             # Iran refused to release the detained British citizens.
72 USA CUB 1244                # The United States refused to lift economic sanctions on Cuba.
73 RUS MDA 1246                # Russia refused to withdraw its troops from Moldova.
74 ISR TUR 126                 # Israel rejected mediation by Turkey.
75 PRK IGOUNO 128              # North Korea defied the United Nations by launching a ballistic missile.
76 RUS IGOUNO 129              # Russia vetoed a United Nations Security Council resolution on Syria.
77 THAMIL THAOPP 1322          # The Thai military threatened to ban the Thai opposition party.
78 KENGOV KENCVL 1323          # The Kenyan government threatened to impose a curfew on Kenyan protesters
79 PAKGOV PAKCVL 1324          # Pakistan's government threatened to impose martial law on Pakistani prot
80 PSE ISR 134                 # The Palestinian Authority threatened to pull out of negotiations with Is
81 QAT ISR 135                 # Qatar threatened to halt its mediation between Israel and Hamas.
81 QAT PSEREB 135              # Qatar threatened to halt its mediation between Israel and Hamas.
82 MLI IGOUNOPKO 136           # Mali threatened to expel United Nations peacekeepers.
83 IRNGOV IRNCVL 137           # The Iranian government threatened a harsh crackdown on Iranian protester
84 CHN TWN 1381                # China threatened to impose a naval blockade on Taiwan.
85 RUS MDA 1382                # Russia threatened to occupy Moldova.
86 PRK KOR 1385                # North Korea threatened to launch a nuclear attack on South Korea.
87 PSECVL ISR 142              # Palestinian prisoners launched a hunger strike to protest their detentio
88 NGAGOV NGACVL 153           # The Nigerian government deployed more police against Nigerian protesters
89 USA EGY 162                 # The United States cut aid to Egypt.
90 IGOEU NER 1621              # The European Union suspended economic assistance to Niger.
91 GBR AFG 1623                # Britain cut humanitarian aid to Afghanistan.
92 NOR LKA 165                 # Norway halted its mediation between Sri Lanka and the Tamil Tigers.
92 NOR LKAREB 165              # Norway halted its mediation between Sri Lanka and the Tamil Tigers.
93 IRQ IGOUNO 1662             # Iraq expelled United Nations weapons inspectors.
94 AFG NGO--- 1663             # Afghanistan expelled international aid agencies.
95 RUSMIL UKR 171              # Russian troops looted Ukrainian homes.
96 ISRMIL PSE 1712             # Israeli troops demolished Palestinian homes.
97 EGY EGYOPP 1722             # Egypt banned the Egyptian opposition party.
98 BGDGOV BGDCVL 1723          # The Bangladeshi government imposed a curfew on Bangladeshi protesters.
99 THA THACVL 1724             # Thailand imposed martial law on Thai protesters.
100 SDNUAF SDNCVL 1821         # Sudanese paramilitaries raped Sudanese women.
101 EGYCOP EGYCVL 1822         # Egyptian police tortured Egyptian detainees.
102 SYRREB SYRMIL 1832         # Syrian rebels detonated a car bomb near a Syrian army checkpoint.
103 PSEREB PSECVL 184          # Hamas militants used Palestinian civilians as human shields.
104 MEXUAF MEXGOV 186          # Mexican gunmen assassinated a Mexican mayor.
105 MMR MMRCVL 201             # Myanmar carried out a mass expulsion of Rohingya Muslims to Bangladesh.
106 KENOPP KENGOV 082          # The Kenyan opposition called off protests against the Kenyan government.
107 MMR IGOUNOCOP 1245         # Myanmar refused to let United Nations investigators into Rakhine state.
108 CHN CANGOV 132             # China threatened to impose visa restrictions on Canadian officials.
109 SOMREB KEN 1383            # Al-Shabaab threatened to carry out suicide bombings in Kenya.
110 INDCOP PAK 151             # Indian police went on high alert along the border with Pakistan.
111 IMGISIREB AFGMIL 1833      # Islamic State militants attacked Afghan soldiers with a roadside bomb.
112 PAKREB AFGGOV 185          # Pakistani militants attempted to assassinate the Afghan president.
113 SRB KSV 124                # Serbia refused to back down in its dispute with Kosovo.
114 IRL LBN 0334                # Ireland pledged to send peacekeepers to Lebanon: Lebanon, not the peacekeepers
115 IRL MLI 1224                # Ireland refused to send peacekeepers to Mali
116 BLROPP BLRGOV 140              # a campaign of civil disobedience against the Belarusian government
117 SOM TUR 021                # Somalia called on Turkey to help rebuild its ports
118 IRN ISR 113                # Iran rallied Muslim nations against Israel
