# A story written for this test: a passive whose subject names no actor
# ("New sanctions were imposed on Iran by the EU") is matched as its active,
# with the "by" phrase as the source; a compound "by" phrase of a mutual act
# gives both directions; a member of the source's own compound is no target;
# a state reporting its own troops' acts accuses nobody. Run by
# tests/stories.sh.
text: tests/stories/passive-things.txt
date: 2019-06-01
dictionaries: default

1 IGOEU IRN 163                # the EU imposed sanctions on Iran
2 ETH ERI 057                  # signed by Ethiopia and Eritrea: both directions
2 ERI ETH 057
3 USA RUS 064                  # shared intelligence with Russia
4 -                            # the union is no target of its own compound
5 IRQMIL IRNCVL 190            # the act; Iraq's report of its own troops is no accusation
6 TUR DEU 1313                 # "its ambassador" is Turkey's (the subject's), no target of its threat
7 NGALAB NGAGOV 133            # the unions' threat of a strike: the government is no "own side" of theirs
8 SOMREB SOMMIL 1831           # an attack by a suicide bomber is a suicide bombing (18x, not 19x)
