# A story written for this test: communities of faith and ethnic groups
# are civilians, those of one homeland ("the Rohingya", "the Yazidis") of
# that state; the civilians of mass violence named by a noun, whose country
# only the story gave, are the perpetrator's own, as for verbs. Run by
# tests/stories.sh.
text: tests/stories/communities.txt
date: 2018-01-03
dictionaries: default

2 MMR MMRCVL 203               # not the Washington story's civilians
@3 IRQCVL the Yazidis          # civilians of their homeland
3 GBR IRQCVL 033               # "agreed to help": an intent of aid
