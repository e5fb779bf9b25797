# A story written for this test: penalizing an actor is an administrative
# sanction (172). Run by tests/stories.sh.
text: tests/stories/penalize.txt
date: 2018-04-01
dictionaries: default

1 USA RUSBUS 172
