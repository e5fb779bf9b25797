# A story written for this test, told from the United States: an armed
# group with no country of its own (rebels, gunmen, militants) is of the
# state the sentence names as a place, else of the state the story names
# most often as a place ("in Syria"), not of the state the story names most
# (story_country). Run by tests/stories.sh.
text: tests/stories/armed-home.txt
date: 2016-06-20
dictionaries: default

1 -                            # a meeting with no counterpart
2 -                            # no target
3 SYRREB USAMIL 190            # rebels: where the story's events are (Syria), not the story's state (USA)
4 IRQUAF IRQMIL 190            # gunmen "in Iraq": the place of the sentence; "soldiers in Iraq" are Iraq's (agent + in + name)
