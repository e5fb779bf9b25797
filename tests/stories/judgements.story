# A story written for this test: what a speaker says an actor did wrong
# ("was usurping", "flouted", "had failed to live up to") or is ("unfit")
# is criticism of that actor (111); not a passive done to it ("was charged
# with conspiring": others' charge), not "no evidence that"; a verb of
# accusing makes it an accusation (112). Run by tests/stories.sh.
text: tests/stories/judgements.txt
date: 2017-04-20
dictionaries: default

1 USALEG USAGOV 111            # "was usurping"
2 USALEG USAELI 111            # "flouted the law"
3 USAGOV RUS 111               # "had failed to live up to"
4 USALEG USAELI 111            # "unfit"
5 USAJUD USAELI 173            # the charge itself; no criticism by the speaker ("was charged with conspiring": a passive)
6 -                            # "no evidence that"
7 RUSGOV USA 112               # "charged that ... has abandoned"
8 -                            # "was allegedly bribed": a passive past an adverb, done to her
9 PAK IND 112                  # "complained that X ..." accuses X
