# A story written for this test: events stated as nouns. A light verb's
# object may be a quantity of the act ("made a number of rulings against
# X"); the act's target may be a thing named after its actor ("airstrikes
# against Islamic State sites" hit the group; "sanctions on a Russian bank"
# are on Russia). Run by tests/stories.sh.
text: tests/stories/nominal-objects.txt
date: 2019-06-20
dictionaries: default

1 GBRGOV USAMED 116            # "a number of rulings": the rulings are what Ofcom made
2 FRAMIL IMGISI 195            # "Islamic State sites": the group's
3 USA RUS 163                  # "a Russian bank": a thing of Russia
