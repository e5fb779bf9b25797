# A story written for this test: a city whose name ends in s ("Caracas",
# "Paris", "Damascus") is a place, not a plural demonym of its country's
# people ("Venezuelans" is); civilians marching there are of its state.
# Run by tests/stories.sh.
text: tests/stories/city-names.txt
date: 2024-08-01
dictionaries: default

1 VENCVL VENGOV 141            # the marchers are where they march (Caracas is a place, VEN), against their government
2 VENCVL VENGOV 141            # "Venezuelans marched against the government"
