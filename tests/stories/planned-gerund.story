# A story written for this test: a gerund after "for" and a noun of
# planning ("a strategy for destroying ISIL", "options for responding") is
# not done; a reported attack is.
# Run by tests/stories.sh.
text: tests/stories/planned-gerund.txt
date: 2014-09-10
dictionaries: default

1 -                           # "strategy for destroying ISIL": a plan
2 -                           # "options for responding": not done
3 USAMIL IMGISI 190           # the attack happened
