# A story written for this test: a clause of time or cause ("after Russia
# poisoned ...") has a subject of its own and is coded even when the verb
# it hangs on gave an event. Run by tests/stories.sh.
text: tests/stories/adverbial.txt
date: 2018-03-20
dictionaries: default

1 GBR RUSGOV 161               # Britain expelled Russian diplomats
1 RUS GBRSPY 182               # after Russia poisoned a former spy (the after-clause, coded too)
2 CHN JPN 111                  # because Tokyo had sent warships to the islands: no actor target there
