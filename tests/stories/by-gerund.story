# A story written for this test: a verb of the dictionary that gives no
# event ("retaliated", "hit back" with no target) does not hide the act it
# was done by ("by expelling two British diplomats").
# Run by tests/stories.sh.
text: tests/stories/by-gerund.txt
date: 2018-03-17
dictionaries: default

1 RUS GBRGOV 161               # "retaliated by expelling two British diplomats"
2 UKR RUS 190                  # "hit back by attacking Russian positions"
3 CHN USA 163                  # "responded by imposing tariffs on American goods" (no dictionary verb before)
