# A story written for this test: one sentence for each CAMEO code that had
# no pattern in dyad's verb dictionary before (purposes of appeals, intents,
# demands and refusals: leadership, policy, rights, regime; easing
# administrative sanctions and dissent; letting outsiders in; protests,
# hunger strikes, strikes, blockades and riots by purpose; acceding to
# demands; coercion; weapons of mass destruction). The exact code counts.
# Run by tests/stories.sh.
text: tests/stories/codes-new.txt
date: 2025-06-01
dictionaries: default

1 IGOEU HUN 0242               # The European Union urged Hungary to change its policy on migrants.
2 USA VEN 0244                 # The United States called on Venezuela to hold free elections.
3 FRA IRN 025                  # France urged Iran to back down.
4 IGOUNO SDN 0251              # The United Nations urged Sudan to lift the state of emergency.
5 THAGOV THACVL 0252           # Thailand's prime minister urged Thai protesters to end their sit-in.
6 IGOEU BLR 0255               # The European Union urged Belarus to allow international observers into
7 CHN PAK 031                  # China and Pakistan pledged to launch joint projects in Gwadar.
8 BRA ARG 0313                 # Brazil promised to extradite the suspects to Argentina.
9 JPN CHN 0342                 # Japan vowed to change its policy toward China.
10 MMRMIL THA 0344             # Myanmar's military promised Thailand a return to civilian rule.
11 ARM AZE 035                 # Armenia pledged to make concessions to Azerbaijan.
12 ISR PSECVL 0351             # Israel pledged to lift the curfew on Palestinians in Hebron.
13 KENOPP KENGOV 0352          # Kenyan opposition leaders promised the Kenyan government to end the pr
14 IRN IGOUNOIAE 0355          # Iran pledged to allow IAEA inspectors into its nuclear sites.
15 JOR JORMED 0811             # Jordan lifted restrictions on Jordanian journalists.
16 NPLGOV NPLREB 083           # Nepal's king bowed to demands for reform from Maoist rebels.
17 BOLGOV BOLCVL 0831          # Bolivia's president bowed to demands for his resignation from Bolivian
18 COLGOV COLAGR 0832          # Colombia's government bowed to demands for a change of policy from Col
19 GEOGOV GEOEDU 0833          # Georgia's government bowed to demands for rights from Georgian student
20 TUNGOV TUNCVL 0834          # Tunisia's government bowed to demands for a new constitution from Tuni
21 RUS UKR 084                 # Russia handed back the icon to Ukraine.
22 SYR RUSCOP 086               # Syria allowed Russian investigators into Douma.
23 UKR POL 1011                # Ukraine demanded economic cooperation from Poland.
24 UKR DEU 1012                # Ukraine demanded military cooperation from Germany.
25 ISR EGY 1014                # Israel demanded intelligence from Egypt.
26 PAK AFG 1042                # Pakistan demanded a change in policy from Afghanistan.
27 GBR SYR 1044                # Britain demanded regime change in Syria.
28 NGOAMN EGY 1051             # Amnesty International demanded that Egypt lift the state of emergency.
29 VENGOV VENOPP 1052          # Venezuela's government demanded that the Venezuelan opposition end the
30 IGOEU RUS 1055              # The European Union demanded that Russia allow inspectors into the plan
31 DEU UKR 1224                # Germany rejected Ukraine's request for military protection.
32 TUR SWE 1232                # Turkey rejected a change in policy demanded by Sweden.
33 ZWEGOV GBR 1234             # Zimbabwe's government rejected demands for free elections from Britain
34 EGY IGOUNO 1241             # Egypt refused to lift the state of emergency despite an appeal by the 
35 SRBEDU SRBGOV 1242          # Serbian students refused to end the protests despite an appeal by the 
36 HUN IGOEU 131               # Hungary threatened to sue the European Commission.
37 TUR ARMMED 1321             # Turkey threatened Armenian newspapers with restrictions on the press.
38 SRBCVL SRBGOV 1411          # Protesters in Belgrade demonstrated for the resignation of the Serbian
39 GEOCVL GEOGOV 1412          # Protesters in Tbilisi demonstrated for a change of policy by the Georg
40 HKGCVL HKGGOV 1413          # Protesters in Hong Kong demonstrated for rights.
41 THACVL THAGOV 1414          # Protesters in Bangkok demonstrated for free elections.
42 RUSOPP RUSGOV 1421          # Russian activists went on a hunger strike demanding the resignation of
43 RUSOPP RUSGOV 1422          # Russian activists went on a hunger strike to demand a change of policy
44 RUSOPP RUSGOV 1423          # Russian activists went on a hunger strike demanding rights from the Ru
45 RUSOPP RUSGOV 1424          # Russian activists went on a hunger strike demanding free elections fro
46 GRCLAB GRCGOV 1431          # Greek workers went on strike demanding the resignation of the Greek go
47 GRCLAB GRCGOV 1432          # Greek workers went on strike to demand a change of policy by the Greek
48 GRCLAB GRCGOV 1433          # Greek workers went on strike demanding rights from the Greek governmen
49 GRCLAB GRCGOV 1434          # Greek workers went on strike demanding free elections from the Greek g
50 BGDCVL BGDGOV 1441          # Protesters blocked roads in Dhaka demanding the resignation of the Ban
51 BGDCVL BGDGOV 1442          # Protesters blocked roads in Dhaka demanding a change of policy by the 
52 BGDCVL BGDGOV 1443          # Protesters blocked roads in Dhaka demanding rights from the Bangladesh
53 BGDCVL BGDGOV 1444          # Protesters blocked roads in Dhaka demanding free elections from the Ba
54 KENCVL KENGOV 1451          # Kenyan youths rioted demanding the resignation of the Kenyan governmen
55 KENCVL KENGOV 1452          # Kenyan youths rioted demanding a change of policy by the Kenyan govern
56 KENCVL KENGOV 1453          # Kenyan youths rioted demanding rights from the Kenyan government.
57 KENCVL KENGOV 1454          # Kenyan youths rioted demanding free elections from the Kenyan governme
58 CHN LTU 170                 # China coerced Lithuania into downgrading ties with Taiwan.
59 IRQ IRN 204                 # Iraq used weapons of mass destruction against Iran.
