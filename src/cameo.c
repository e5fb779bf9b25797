/*
 * cameo.c - static table of CAMEO event codes and lookup.
 *
 * Facts (quad class, Goldstein value, PLOVER category) follow the CAMEO
 * reference tables: GDELT's quad classes and Goldstein values, and the PLOVER
 * 2021 code-level mapping (falling back to the PLOVER manual's cue-category
 * mapping where the 2021 table drops a code). One exception: 163 (sanctions,
 * embargo) is SANCTION, as the manual's text says ("International (political
 * or economic) sanctions are coded as 'discontinue'", a SANCTION mode), where
 * the 2021 table has COERCE. Two-digit root codes and codes PLOVER drops have
 * plover == NULL. Names are the project's own short labels.
 */
#include "cameo.h"

#include <string.h>

/* Longest code in the table ("0211", "2042", ...). */
#define DYAD_CAMEO_MAX_LEN 4

/* Sorted by code in strcmp order; dyad_cameo_lookup relies on it. */
static const dyad_cameo_info cameo_table[] = {
    { "01",   1,   0.0, NULL,        "public statement" },
    { "010",  1,   0.0, NULL,        "statement, general" },
    { "011",  1,  -0.1, NULL,        "refuse to comment" },
    { "012",  1,  -0.4, NULL,        "pessimistic remark" },
    { "013",  1,   0.4, NULL,        "optimistic remark" },
    { "014",  1,   0.0, NULL,        "weigh a policy option" },
    { "015",  1,   0.0, NULL,        "claim responsibility" },
    { "016",  1,  -2.0, NULL,        "disclaim responsibility" },
    { "017",  1,   0.0, NULL,        "symbolic gesture" },
    { "018",  1,   3.4, NULL,        "sympathetic remark" },
    { "019",  1,   3.4, NULL,        "voice agreement" },
    { "02",   1,   3.0, NULL,        "appeal" },
    { "020",  1,   3.0, NULL,        "appeal, general" },
    { "021",  1,   3.4, NULL,        "ask for material cooperation" },
    { "0211", 1,   3.4, NULL,        "ask for economic cooperation" },
    { "0212", 1,   3.4, NULL,        "ask for military cooperation" },
    { "0213", 1,   3.4, NULL,        "ask for judicial cooperation" },
    { "0214", 1,   3.4, NULL,        "ask for intelligence sharing" },
    { "022",  1,   3.2, NULL,        "ask for diplomatic support" },
    { "023",  1,   3.4, NULL,        "ask for aid" },
    { "0231", 1,   3.4, NULL,        "ask for economic aid" },
    { "0232", 1,   3.4, NULL,        "ask for military aid" },
    { "0233", 1,   3.4, NULL,        "ask for humanitarian aid" },
    { "0234", 1,   3.4, NULL,        "ask for protection or peacekeepers" },
    { "024",  1,  -0.3, NULL,        "urge political reform" },
    { "0241", 1,  -0.3, NULL,        "urge leadership change" },
    { "0242", 1,  -0.3, NULL,        "urge policy change" },
    { "0243", 1,  -0.3, NULL,        "urge granting of rights" },
    { "0244", 1,  -0.3, NULL,        "urge institutional change" },
    { "025",  1,  -0.3, NULL,        "urge concession" },
    { "0251", 1,  -0.3, NULL,        "urge easing of admin sanctions" },
    { "0252", 1,  -0.3, NULL,        "urge easing of dissent" },
    { "0253", 1,  -0.3, NULL,        "urge release of people or property" },
    { "0254", 1,  -0.3, NULL,        "urge easing of economic sanctions" },
    { "0255", 1,  -0.3, NULL,        "urge acceptance of outside involvement" },
    { "0256", 1,  -0.3, NULL,        "urge military de-escalation" },
    { "026",  1,   4.0, NULL,        "urge talks" },
    { "027",  1,   4.0, NULL,        "urge settling a dispute" },
    { "028",  1,   4.0, NULL,        "urge mediation" },
    { "03",   1,   4.0, NULL,        "express intent to cooperate" },
    { "030",  1,   4.0, "AGREE",     "intent to cooperate, general" },
    { "031",  1,   5.2, "AGREE",     "pledge material cooperation" },
    { "0311", 1,   5.2, "AGREE",     "pledge economic cooperation" },
    { "0312", 1,   5.2, "AGREE",     "pledge military cooperation" },
    { "0313", 1,   5.2, "AGREE",     "pledge judicial cooperation" },
    { "0314", 1,   5.2, "AGREE",     "pledge intelligence cooperation" },
    { "032",  1,   4.5, "AGREE",     "pledge diplomatic support" },
    { "033",  1,   5.2, "AGREE",     "pledge material aid" },
    { "0331", 1,   5.2, "AGREE",     "pledge economic aid" },
    { "0332", 1,   5.2, "AGREE",     "pledge military aid" },
    { "0333", 1,   5.2, "AGREE",     "pledge humanitarian aid" },
    { "0334", 1,   6.0, "AGREE",     "pledge protection or peacekeepers" },
    { "034",  1,   7.0, "AGREE",     "pledge political reform" },
    { "0341", 1,   7.0, "AGREE",     "pledge leadership change" },
    { "0342", 1,   7.0, "AGREE",     "pledge policy change" },
    { "0343", 1,   7.0, "AGREE",     "pledge to grant rights" },
    { "0344", 1,   7.0, "AGREE",     "pledge institutional change" },
    { "035",  1,   7.0, "AGREE",     "pledge to concede" },
    { "0351", 1,   7.0, "AGREE",     "pledge to ease admin sanctions" },
    { "0352", 1,   7.0, "AGREE",     "pledge to ease dissent" },
    { "0353", 1,   7.0, "AGREE",     "pledge release of people or property" },
    { "0354", 1,   7.0, "AGREE",     "pledge to ease economic sanctions" },
    { "0355", 1,   7.0, "AGREE",     "pledge to allow outside involvement" },
    { "0356", 1,   7.0, "AGREE",     "pledge military de-escalation" },
    { "036",  1,   4.0, "AGREE",     "offer to meet or negotiate" },
    { "037",  1,   5.0, "AGREE",     "offer to settle a dispute" },
    { "038",  1,   7.0, "AGREE",     "agree to accept mediation" },
    { "039",  1,   5.0, "AGREE",     "offer to mediate" },
    { "04",   1,   1.0, NULL,        "consult" },
    { "040",  1,   1.0, "CONSULT",   "consult, general" },
    { "041",  1,   1.0, "CONSULT",   "talk by phone" },
    { "042",  1,   1.9, "CONSULT",   "make a visit" },
    { "043",  1,   2.8, "CONSULT",   "host a visit" },
    { "044",  1,   2.5, "CONSULT",   "meet at a neutral venue" },
    { "045",  1,   5.0, "CONSULT",   "mediate" },
    { "046",  1,   7.0, "CONSULT",   "negotiate" },
    { "05",   1,   3.5, NULL,        "diplomatic cooperation" },
    { "050",  1,   3.5, "SUPPORT",   "diplomatic cooperation, general" },
    { "051",  1,   3.4, "SUPPORT",   "praise or endorse" },
    { "052",  1,   3.5, "SUPPORT",   "defend verbally" },
    { "053",  1,   3.8, "SUPPORT",   "rally support for" },
    { "054",  1,   6.0, "SUPPORT",   "grant diplomatic recognition" },
    { "055",  1,   7.0, "SUPPORT",   "apologize" },
    { "056",  1,   7.0, "SUPPORT",   "forgive" },
    { "057",  1,   8.0, "SUPPORT",   "sign an agreement" },
    { "06",   2,   6.0, NULL,        "material cooperation" },
    { "060",  2,   6.0, "COOPERATE", "material cooperation, general" },
    { "061",  2,   6.4, "COOPERATE", "economic cooperation" },
    { "062",  2,   7.4, "COOPERATE", "military cooperation" },
    { "063",  2,   7.4, "COOPERATE", "judicial cooperation" },
    { "064",  2,   7.0, "COOPERATE", "share intelligence" },
    { "07",   2,   7.0, NULL,        "provide aid" },
    { "070",  2,   7.0, "AID",       "provide aid, general" },
    { "071",  2,   7.4, "AID",       "give economic aid" },
    { "072",  2,   8.3, "AID",       "give military aid" },
    { "073",  2,   7.4, "AID",       "give humanitarian aid" },
    { "074",  2,   8.5, "AID",       "give protection or peacekeepers" },
    { "075",  2,   7.0, "AID",       "grant asylum" },
    { "08",   2,   5.0, NULL,        "yield" },
    { "080",  2,   5.0, "CONCEDE",   "yield, general" },
    { "081",  2,   5.0, "CONCEDE",   "ease admin sanctions" },
    { "0811", 2,   5.0, "CONCEDE",   "ease political restrictions" },
    { "0812", 2,   5.0, "CONCEDE",   "lift ban on parties or politicians" },
    { "0813", 2,   5.0, "RETREAT",   "lift curfew" },
    { "0814", 2,   5.0, "RETREAT",   "lift emergency or martial law" },
    { "082",  2,   5.0, "CONCEDE",   "tolerate dissent" },
    { "083",  2,   5.0, "CONCEDE",   "concede political reform" },
    { "0831", 2,   5.0, "CONCEDE",   "concede leadership change" },
    { "0832", 2,   5.0, "CONCEDE",   "concede policy change" },
    { "0833", 2,   5.0, "CONCEDE",   "concede rights" },
    { "0834", 2,   5.0, "CONCEDE",   "concede institutional change" },
    { "084",  2,   7.0, "RETREAT",   "return or release" },
    { "0841", 2,   7.0, "RETREAT",   "release people" },
    { "0842", 2,   7.0, "RETREAT",   "return property" },
    { "085",  2,   7.0, "RETREAT",   "ease economic sanctions" },
    { "086",  2,   9.0, "RETREAT",   "allow outside involvement" },
    { "0861", 2,   9.0, "RETREAT",   "accept peacekeepers" },
    { "0862", 2,   9.0, "RETREAT",   "accept inspectors" },
    { "0863", 2,   9.0, "RETREAT",   "allow humanitarian deliveries" },
    { "087",  2,   9.0, "RETREAT",   "military de-escalation" },
    { "0871", 2,   9.0, "RETREAT",   "declare ceasefire" },
    { "0872", 2,   9.0, "RETREAT",   "ease blockade" },
    { "0873", 2,   9.0, "RETREAT",   "demobilize forces" },
    { "0874", 2,  10.0, "RETREAT",   "retreat or surrender" },
    { "09",   3,  -2.0, NULL,        "investigate" },
    { "090",  3,  -2.0, "ACCUSE",    "investigate, general" },
    { "091",  3,  -2.0, "ACCUSE",    "probe crime or corruption" },
    { "092",  3,  -2.0, "ACCUSE",    "probe human rights abuses" },
    { "093",  3,  -2.0, "ACCUSE",    "probe military action" },
    { "094",  3,  -2.0, "ACCUSE",    "probe war crimes" },
    { "10",   3,  -5.0, NULL,        "demand" },
    { "100",  3,  -5.0, "REQUEST",   "demand, general" },
    { "101",  3,  -5.0, "REQUEST",   "demand information or inquiry" },
    { "1011", 3,  -5.0, "REQUEST",   "demand economic cooperation" },
    { "1012", 3,  -5.0, "REQUEST",   "demand military cooperation" },
    { "1013", 3,  -5.0, "REQUEST",   "demand judicial cooperation" },
    { "1014", 3,  -5.0, "REQUEST",   "demand intelligence cooperation" },
    { "102",  3,  -5.0, "REQUEST",   "demand policy support" },
    { "103",  3,  -5.0, "REQUEST",   "demand aid or protection" },
    { "1031", 3,  -5.0, "REQUEST",   "demand economic aid" },
    { "1032", 3,  -5.0, "REQUEST",   "demand military aid" },
    { "1033", 3,  -5.0, "REQUEST",   "demand humanitarian aid" },
    { "1034", 3,  -5.0, "REQUEST",   "demand protection or peacekeepers" },
    { "104",  3,  -5.0, "REQUEST",   "demand political reform" },
    { "1041", 3,  -5.0, "REQUEST",   "demand leadership change" },
    { "1042", 3,  -5.0, "REQUEST",   "demand policy change" },
    { "1043", 3,  -5.0, "REQUEST",   "demand rights" },
    { "1044", 3,  -5.0, "REQUEST",   "demand institutional change" },
    { "105",  3,  -5.0, "REQUEST",   "demand mediation" },
    { "1051", 3,  -5.0, "REQUEST",   "demand easing of admin sanctions" },
    { "1052", 3,  -5.0, "REQUEST",   "demand easing of dissent" },
    { "1053", 3,  -5.0, "REQUEST",   "demand release of people or property" },
    { "1054", 3,  -5.0, "REQUEST",   "demand easing of economic sanctions" },
    { "1055", 3,  -5.0, "REQUEST",   "demand outside involvement be allowed" },
    { "1056", 3,  -5.0, "REQUEST",   "demand military de-escalation" },
    { "106",  3,  -5.0, "REQUEST",   "demand withdrawal" },
    { "107",  3,  -5.0, "REQUEST",   "demand ceasefire" },
    { "108",  3,  -5.0, "REQUEST",   "demand talks" },
    { "11",   3,  -2.0, NULL,        "disapprove" },
    { "110",  3,  -2.0, "ACCUSE",    "disapprove, general" },
    { "111",  3,  -2.0, "ACCUSE",    "criticize or denounce" },
    { "112",  3,  -2.0, "ACCUSE",    "accuse" },
    { "1121", 3,  -2.0, "ACCUSE",    "accuse of crime or corruption" },
    { "1122", 3,  -2.0, "ACCUSE",    "accuse of human rights abuses" },
    { "1123", 3,  -2.0, "ACCUSE",    "accuse of aggression" },
    { "1124", 3,  -2.0, "ACCUSE",    "accuse of war crimes" },
    { "1125", 3,  -2.0, "ACCUSE",    "accuse of spying or treason" },
    { "113",  3,  -2.0, "ACCUSE",    "rally opposition" },
    { "114",  3,  -2.0, "ACCUSE",    "file official complaint" },
    { "115",  3,  -2.0, "ACCUSE",    "sue" },
    { "116",  3,  -2.0, "ACCUSE",    "find guilty or liable" },
    { "12",   3,  -4.0, NULL,        "reject" },
    { "120",  3,  -4.0, "REJECT",    "reject, general" },
    { "121",  3,  -4.0, "REJECT",    "refuse material cooperation" },
    { "1211", 3,  -4.0, "REJECT",    "refuse economic cooperation" },
    { "1212", 3,  -4.0, "REJECT",    "refuse military cooperation" },
    { "122",  3,  -4.0, "REJECT",    "refuse aid request" },
    { "1221", 3,  -4.0, "REJECT",    "refuse economic aid request" },
    { "1222", 3,  -4.0, "REJECT",    "refuse military aid request" },
    { "1223", 3,  -4.0, "REJECT",    "refuse humanitarian aid request" },
    { "1224", 3,  -4.0, "REJECT",    "refuse protection request" },
    { "123",  3,  -4.0, "REJECT",    "refuse political reform" },
    { "1231", 3,  -4.0, "REJECT",    "refuse leadership change" },
    { "1232", 3,  -4.0, "REJECT",    "refuse policy change" },
    { "1233", 3,  -4.0, "REJECT",    "refuse rights demand" },
    { "1234", 3,  -4.0, "REJECT",    "refuse institutional change" },
    { "124",  3,  -4.0, "REJECT",    "refuse to concede" },
    { "1241", 3,  -4.0, "REJECT",    "refuse to ease admin sanctions" },
    { "1242", 3,  -4.0, "REJECT",    "refuse to ease dissent" },
    { "1243", 3,  -4.0, "REJECT",    "refuse release of people or property" },
    { "1244", 3,  -4.0, "REJECT",    "refuse to ease economic sanctions" },
    { "1245", 3,  -4.0, "REJECT",    "refuse outside involvement" },
    { "1246", 3,  -4.0, "REJECT",    "refuse military de-escalation" },
    { "125",  3,  -5.0, "REJECT",    "refuse talks" },
    { "126",  3,  -5.0, "REJECT",    "refuse mediation" },
    { "127",  3,  -5.0, "REJECT",    "reject settlement plan" },
    { "128",  3,  -5.0, "REJECT",    "defy norms or law" },
    { "129",  3,  -5.0, "REJECT",    "veto" },
    { "13",   3,  -6.0, NULL,        "threaten" },
    { "130",  3,  -4.4, "THREATEN",  "threaten, general" },
    { "131",  3,  -5.8, "THREATEN",  "nonviolent threat" },
    { "1311", 3,  -5.8, "THREATEN",  "threaten to cut aid" },
    { "1312", 3,  -5.8, "THREATEN",  "threaten sanctions or embargo" },
    { "1313", 3,  -5.8, "THREATEN",  "threaten to cut relations" },
    { "132",  3,  -5.8, "THREATEN",  "threaten admin sanctions" },
    { "1321", 3,  -5.8, "THREATEN",  "threaten political restrictions" },
    { "1322", 3,  -5.8, "THREATEN",  "threaten ban on parties or politicians" },
    { "1323", 3,  -5.8, "THREATEN",  "threaten curfew" },
    { "1324", 3,  -5.8, "THREATEN",  "threaten emergency or martial law" },
    { "133",  3,  -5.8, "THREATEN",  "threaten protest" },
    { "134",  3,  -5.8, "THREATEN",  "threaten to end talks" },
    { "135",  3,  -5.8, "THREATEN",  "threaten to end mediation" },
    { "136",  3,  -7.0, "THREATEN",  "threaten to end outside involvement" },
    { "137",  3,  -7.0, "THREATEN",  "threaten violent repression" },
    { "138",  3,  -7.0, "THREATEN",  "threaten military force" },
    { "1381", 3,  -7.0, "THREATEN",  "threaten blockade" },
    { "1382", 3,  -7.0, "THREATEN",  "threaten occupation" },
    { "1383", 3,  -7.0, "THREATEN",  "threaten unconventional violence" },
    { "1384", 3,  -7.0, "THREATEN",  "threaten conventional attack" },
    { "1385", 3,  -7.0, "THREATEN",  "threaten wmd attack" },
    { "139",  3,  -7.0, "THREATEN",  "issue ultimatum" },
    { "14",   4,  -6.5, NULL,        "protest" },
    { "140",  4,  -6.5, "PROTEST",   "protest, general" },
    { "141",  4,  -6.5, "PROTEST",   "demonstrate or rally" },
    { "1411", 4,  -6.5, "PROTEST",   "rally for leadership change" },
    { "1412", 4,  -6.5, "PROTEST",   "rally for policy change" },
    { "1413", 4,  -6.5, "PROTEST",   "rally for rights" },
    { "1414", 4,  -6.5, "PROTEST",   "rally for institutional change" },
    { "142",  4,  -6.5, "PROTEST",   "hunger strike" },
    { "1421", 4,  -6.5, "PROTEST",   "hunger strike for leadership change" },
    { "1422", 4,  -6.5, "PROTEST",   "hunger strike for policy change" },
    { "1423", 4,  -6.5, "PROTEST",   "hunger strike for rights" },
    { "1424", 4,  -6.5, "PROTEST",   "hunger strike for institutional change" },
    { "143",  4,  -6.5, "PROTEST",   "strike or boycott" },
    { "1431", 4,  -6.5, "PROTEST",   "strike for leadership change" },
    { "1432", 4,  -6.5, "PROTEST",   "strike for policy change" },
    { "1433", 4,  -6.5, "PROTEST",   "strike for rights" },
    { "1434", 4,  -6.5, "PROTEST",   "strike for institutional change" },
    { "144",  4,  -7.5, "PROTEST",   "block passage" },
    { "1441", 4,  -7.5, "PROTEST",   "blockade for leadership change" },
    { "1442", 4,  -7.5, "PROTEST",   "blockade for policy change" },
    { "1443", 4,  -7.5, "PROTEST",   "blockade for rights" },
    { "1444", 4,  -7.5, "PROTEST",   "blockade for institutional change" },
    { "145",  4,  -7.5, "PROTEST",   "riot" },
    { "1451", 4,  -7.5, "PROTEST",   "riot for leadership change" },
    { "1452", 4,  -7.5, "PROTEST",   "riot for policy change" },
    { "1453", 4,  -7.5, "PROTEST",   "riot for rights" },
    { "1454", 4,  -7.5, "PROTEST",   "riot for institutional change" },
    { "15",   4,  -7.2, NULL,        "show of force" },
    { "150",  4,  -7.2, "MOBILIZE",  "show of force, general" },
    { "151",  4,  -7.2, "MOBILIZE",  "raise police alert" },
    { "152",  4,  -7.2, "MOBILIZE",  "raise military alert" },
    { "153",  4,  -7.2, "MOBILIZE",  "mobilize police" },
    { "154",  4,  -7.2, "MOBILIZE",  "mobilize armed forces" },
    { "16",   4,  -4.0, NULL,        "reduce relations" },
    { "160",  4,  -4.0, "SANCTION",  "reduce relations, general" },
    { "161",  4,  -4.0, "SANCTION",  "cut diplomatic ties" },
    { "162",  4,  -5.6, "SANCTION",  "cut aid" },
    { "1621", 4,  -5.6, "SANCTION",  "cut economic aid" },
    { "1622", 4,  -5.6, "SANCTION",  "cut military aid" },
    { "1623", 4,  -5.6, "SANCTION",  "cut humanitarian aid" },
    { "163",  4,  -8.0, "SANCTION",  "impose sanctions or embargo" },
    { "164",  4,  -7.0, "SANCTION",  "break off talks" },
    { "165",  4,  -6.5, "SANCTION",  "break off mediation" },
    { "166",  4,  -7.0, "SANCTION",  "expel or withdraw" },
    { "1661", 4,  -7.0, "SANCTION",  "expel peacekeepers" },
    { "1662", 4,  -7.0, "SANCTION",  "expel inspectors or observers" },
    { "1663", 4,  -7.0, "SANCTION",  "expel aid agencies" },
    { "17",   4,  -7.0, NULL,        "coerce" },
    { "170",  4,  -7.0, "COERCE",    "coerce, general" },
    { "171",  4,  -9.2, "COERCE",    "seize or damage property" },
    { "1711", 4,  -9.2, "COERCE",    "confiscate property" },
    { "1712", 4,  -9.2, "ASSAULT",   "destroy property" },
    { "172",  4,  -5.0, "COERCE",    "impose admin sanctions" },
    { "1721", 4,  -5.0, "COERCE",    "restrict political freedoms" },
    { "1722", 4,  -5.0, "COERCE",    "ban parties or politicians" },
    { "1723", 4,  -5.0, "COERCE",    "impose curfew" },
    { "1724", 4,  -5.0, "COERCE",    "impose emergency or martial law" },
    { "173",  4,  -5.0, "COERCE",    "arrest or detain" },
    { "174",  4,  -5.0, "COERCE",    "deport individuals" },
    { "175",  4,  -9.0, "ASSAULT",   "violent repression" },
    { "18",   4,  -9.0, NULL,        "assault" },
    { "180",  4,  -9.0, "ASSAULT",   "unconventional violence" },
    { "181",  4,  -9.0, "ASSAULT",   "abduct or take hostages" },
    { "182",  4,  -9.5, "ASSAULT",   "physical assault" },
    { "1821", 4,  -9.0, "ASSAULT",   "sexual assault" },
    { "1822", 4,  -9.0, "ASSAULT",   "torture" },
    { "1823", 4, -10.0, "ASSAULT",   "kill by assault" },
    { "183",  4, -10.0, "ASSAULT",   "bombing, non-military" },
    { "1831", 4, -10.0, "ASSAULT",   "suicide bombing" },
    { "1832", 4, -10.0, "ASSAULT",   "car bombing" },
    { "1833", 4, -10.0, "ASSAULT",   "roadside bombing" },
    { "184",  4,  -8.0, "ASSAULT",   "use human shields" },
    { "185",  4,  -8.0, "ASSAULT",   "assassination attempt" },
    { "186",  4, -10.0, "ASSAULT",   "assassinate" },
    { "19",   4, -10.0, NULL,        "fight" },
    { "190",  4, -10.0, "ASSAULT",   "conventional military force" },
    { "191",  4,  -9.5, "COERCE",    "blockade or restrict movement" },
    { "192",  4,  -9.5, "COERCE",    "occupy territory" },
    { "193",  4, -10.0, "ASSAULT",   "small-arms fighting" },
    { "194",  4, -10.0, "ASSAULT",   "artillery and tank fighting" },
    { "195",  4, -10.0, "ASSAULT",   "aerial attack" },
    { "196",  4,  -9.5, "ASSAULT",   "break ceasefire" },
    { "20",   4, -10.0, NULL,        "mass violence" },
    { "200",  4, -10.0, "ASSAULT",   "mass violence, general" },
    { "201",  4,  -9.5, "ASSAULT",   "mass expulsion" },
    { "202",  4, -10.0, "ASSAULT",   "mass killing" },
    { "203",  4, -10.0, "ASSAULT",   "ethnic cleansing" },
    { "204",  4, -10.0, "ASSAULT",   "use wmd" },
    { "2041", 4, -10.0, "ASSAULT",   "chemical, bio or radiological attack" },
    { "2042", 4, -10.0, "ASSAULT",   "nuclear detonation" },
};

#define CAMEO_TABLE_LEN (sizeof cameo_table / sizeof cameo_table[0])

/* Compare key[0..klen) with the NUL-terminated code, in strcmp order. */
static int cameo_cmp(const char *key, size_t klen, const char *code)
{
    for (size_t i = 0; i < klen; i++) {
        unsigned char k = (unsigned char)key[i];
        unsigned char c = (unsigned char)code[i];
        if (c == '\0')
            return 1; /* code is a proper prefix of key */
        if (k != c)
            return k < c ? -1 : 1;
    }
    return code[klen] == '\0' ? 0 : -1; /* key is a proper prefix of code */
}

static const dyad_cameo_info *cameo_find(const char *key, size_t klen)
{
    size_t lo = 0, hi = CAMEO_TABLE_LEN;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = cameo_cmp(key, klen, cameo_table[mid].code);
        if (r == 0)
            return &cameo_table[mid];
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const dyad_cameo_info *dyad_cameo_lookup(const char *code, size_t len)
{
    if (code == NULL || len < 2)
        return NULL;
    size_t n = len < DYAD_CAMEO_MAX_LEN ? len : DYAD_CAMEO_MAX_LEN;
    for (; n >= 2; n--) {
        const dyad_cameo_info *e = cameo_find(code, n);
        if (e != NULL)
            return e;
    }
    return NULL;
}

size_t dyad_cameo_count(void)
{
    return CAMEO_TABLE_LEN;
}

const dyad_cameo_info *dyad_cameo_at(size_t i)
{
    return i < CAMEO_TABLE_LEN ? &cameo_table[i] : NULL;
}

// The first parts of CAMEO actor codes that are not states: organisations
// (IGO, NGO, IMG, MNC), the unidentified state actor UIS, and regions.
static const char nonstate_parts[][4] = {
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "IGO", "IMG",
    "LAM", "MDT", "MEA", "MNC", "NAF", "NGO", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA",
    "UIS", "WAF", "WST",
};

int dyad__cameo_root(const char *code)
{
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

char *dyad__cameo_with_state(arena *mem, const char *state, const char *rest)
{
    size_t n = strlen(rest);
    char *code = dyad__arena_alloc(mem, n + 4);
    memcpy(code, state, 3);
    memcpy(code + 3, rest, n + 1);
    return code;
}

bool dyad__cameo_is_state(const char *actor_code)
{
    if (!actor_code) return false;
    for (int i = 0; i < 3; i++)
        if (actor_code[i] < 'A' || actor_code[i] > 'Z') return false;
    for (size_t i = 0; i < sizeof nonstate_parts / sizeof nonstate_parts[0]; i++)
        if (!memcmp(actor_code, nonstate_parts[i], 3)) return false;
    return true;
}
