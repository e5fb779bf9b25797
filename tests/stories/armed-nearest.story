# A story written for this test: an armed group with no country, in a
# sentence that names no place, is of the state the sentence names other
# than the story's; of several, the one nearest to it ("Nigerian
# schoolgirls kidnapped by Islamic terrorists" in a Washington story).
# Run by tests/stories.sh.
text: tests/stories/armed-nearest.txt
date: 2014-05-08
dictionaries: default

@2 NGAUAF Islamic terrorists   # the nearest other state, not the story's
2 NGAUAF NGAEDU 181            # the kidnapping
3 AFGREB AFG 190               # a state attacked by its own rebels is no "own country"
4 USAMIL SYRUAF 193            # "pro-regime forces": armed men of the place (Syria), not of the story's state
