# A story written for this test: prisoners of war are soldiers (MIL), and
# servicemen handed over are released persons (0841), also in the second
# half of a quote split by its attribution. Run by tests/stories.sh.
text: tests/stories/prisoners.txt
date: 2024-06-01
dictionaries: default

1 RUS UKRMIL 0841              # "released 230 Ukrainian prisoners of war"
1 UKR RUSMIL 0841              # "handed over 248 Russian servicemen"
