# A story written for this test: a protest whose purpose clause demands,
# protests, rejects or threatens ("rallied to demand the resignation of X")
# is against the actor of that clause, before any place on the way; a
# purpose that is no protest ("to celebrate") names no target. Run by
# tests/stories.sh.
text: tests/stories/protest-purpose.txt
date: 2013-06-20
dictionaries: default

1 -                            # a call with no addressee
2 EGYCVL EGYGOV 1411           # "to demand the resignation of President Morsi": Morsi, not Cairo
3 EGYEDU EGYGOV 141            # "to protest the Egyptian government's decision": the owner of the decision
4 -                            # gathering "to celebrate": not a protest
