# A story written for this test: a city whose name ends in s ("Caracas",
# "Paris", "Damascus") is a place, not a plural demonym of its country's
# people ("Venezuelans" is): people marching there are of its state, not
# of the state the story is mostly about, and so is the government they
# march against. Run by tests/stories.sh.
text: tests/stories/city-names.txt
date: 2024-08-01
dictionaries: default

1 -                            # "closed its border": no target named
2 -                            # troops to the border region: no target named
3 VENCVL VENGOV 141            # the marchers are where they march (Caracas), against that government
