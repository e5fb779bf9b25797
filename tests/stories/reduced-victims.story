# A story written for this test: a participle after a noun phrase in an
# object position ("for Americans stationed in Iraq", "one of 44
# servicewomen killed in Afghanistan") is a passive with no doer: the noun
# phrase is what the act was done to, never its source. With "by" the doer
# is named; a participle with an object ("protesters stormed the embassy",
# tagged VBN) is active, and so is an intransitive verb ("fired on"). Run by
# tests/stories.sh.
text: tests/stories/reduced-victims.txt
date: 2016-05-01
dictionaries: default

1 -                            # "Americans stationed in Iraq": not Americans deploying to Iraq
2 -                            # "servicewomen killed in Afghanistan": not the victims attacking
3 USACVL USALEG 051            # "thanked the lawmakers"; "children killed at Sandy Hook" nothing
4 PRK JPNCVL 181               # "Japanese citizens abducted by North Korea": the doer named by "by"
5 EGYCVL USAGOV 145            # "protesters stormed the American embassy": active
6 ISR SYR 193                  # "Israel fired on Syria": active
