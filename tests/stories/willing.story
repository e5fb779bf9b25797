# A story written for this test: "is willing to" states an intent, as "is
# ready to" does. Run by tests/stories.sh.
text: tests/stories/willing.txt
date: 2019-06-01
dictionaries: default

1 CHN DEU 031                  # willing to expand trade ties: intent to cooperate economically
