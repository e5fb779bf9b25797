# A story written for this test: a city whose name ends in s ("Caracas",
# "Paris", "Damascus") is a place, not a plural demonym of its country's
# people ("Venezuelans" is): people marching there are of its state, not
# of the state the story named first. Run by tests/stories.sh.
text: tests/stories/city-names.txt
date: 2024-08-01
dictionaries: default

1 COL VEN 191                  # the border closed
2 VENCVL VENGOV 141            # the marchers are where they march (Caracas), against their government
