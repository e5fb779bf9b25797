# A story written for this test: a protest's participle clause that demands
# something of an actor ("marched in Minsk, demanding the resignation of
# Lukashenko") says whom the protest is against, as a "to demand" clause
# does; a participle that demands nothing gives no target. Run by
# tests/stories.sh.
text: tests/stories/protest-participle.txt
date: 2020-09-01
dictionaries: default

1 BLRCVL BLRGOV 1411           # "marched ..., demanding the resignation of President Lukashenko"
2 LBNCVL LBNGOV 1441           # "blocked roads ..., demanding the resignation of Prime Minister Diab"
3 BLRCVL BLRGOV 141            # "marched ..., singing songs": no one named, so the protesters' government
