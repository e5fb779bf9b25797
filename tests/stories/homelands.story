# A story written for this test: communities of one homeland are civilians of
# that state wherever the story is told from (Tibetans, Crimean Tatars),
# Catalans are Spain's.
# Run by tests/stories.sh.
text: tests/stories/homelands.txt
date: 2020-03-10
dictionaries: default

@1 CHNCVL Tibetan exiles       # a community of one homeland
1 CHNCVL CHNGOV 141            # a march with no one named: against their own government
@2 UKRCVL Crimean Tatars
@2 RUSCOP Russian police
@3 ESPCVL Catalans
