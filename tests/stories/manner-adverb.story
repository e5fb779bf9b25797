# A story written for this test: an adverb of manner ("closely",
# "separately") may stand between the words of a joined verb pattern ("to
# work with", "met with"); "only" may not. Run by tests/stories.sh.
text: tests/stories/manner-adverb.txt
date: 2019-06-01
dictionaries: default

1 IND BGD 030                  # "ready to work closely with"
2 RUSGOV TURGOV 040            # "met separately with" (a meeting "with": one direction)
