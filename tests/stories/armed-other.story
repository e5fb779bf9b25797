# A story written for this test, told from the United States and naming no
# state as a place: an armed group with no country of its own is of the
# one other state its sentence names. Run by tests/stories.sh.
text: tests/stories/armed-other.txt
date: 2013-06-20
dictionaries: default

1 -                            # no counterpart
2 SYRGOV SYRREB 2041           # rebel forces fighting the Syrian government: Syria's, not the story's state (USA)
2 USAGOV SYRGOV 1124           # the speaker who reports mass violence accuses of war crimes
