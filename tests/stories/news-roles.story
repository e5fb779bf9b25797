# Sentences written for this test, one a paragraph, coded with dyad's own
# dictionaries and news roles: the target of an appeal, intent, demand,
# rejection or threat is found inside what is asked, offered, refused or
# threatened; a day adverb after the subject ("Pakistan today") leaves the
# subject whole; a reported clause of a verb of saying still codes its own
# verb. Run by tests/stories.sh.
text: tests/stories/news-roles.txt
date: 2025-03-03
dictionaries: default

1 RUS UKR 1384                 # threatened to attack Ukraine: a threat of conventional attack toward Ukraine
2 USA RUS 1053                 # demanded that Russia release the prisoners: demand release of persons, toward Russia
3 JPN PHL 033                  # offered to help the Philippines: intent to give aid
4 IGOEU UKR 032                # pledged to support Ukraine: intent to support
5 TUR GRCGOV 125               # refused to meet Greek officials: rejects a meeting
6 PRK KOR 138                  # vowed to retaliate against South Korea: threat of force
7 CHN USA 036                  # agreed to resume talks with the United States: intent to negotiate
8 PAK IND 1123                 # "Pakistan today accused India": "today" is no part of the subject
9 RUS UKR 190                  # "Russia yesterday attacked Ukraine"
10 RUS UKR 190                 # "Germany said Russia attacked Ukraine": the reported act, by its own subject
10 DEU RUS 112                 # and the speaker, named, who reports it accuses Russia
11 -                           # "today's meeting" stays a noun; no actors
12 RUS POL 111                 # "several countries, including Poland and Lithuania": the members are the targets
12 RUS LTU 111                 # ... both of them
13 USA SGP 062                 # a list after WITH: the pattern's target stands for every member
13 USA VNM 062
13 USA PHL 062
14 -                           # "did not shoot": a negated act is no event, whatever the verb block says
15 -                           # "never attacked"
16 PRK USACVL 0841             # "American captives": captives, hostages, detainees, prisoners are civilians of their country
17 MEXCOP HNDREF 173           # "Mexican immigration agents on Wednesday": immigration agents are police; the day is no head
18 DEULEG TUR 111              # the subject stands before an apposition between commas ("lawmakers, the members of the committee, criticized")
19 USABUS USAELI 063           # "the Mueller investigation": a named actor's thing stands for it as a target (codes as of 2025: McGahn in private practice, Mueller a former official)
20 -                           # "the North Korea diplomatic strategy" is a thing, never a source
21 USA KOR 062                 # a compound subject of a light verb and a mutual noun (drills, talks, agreement) with no other party: both directions
21 KOR USA 062
