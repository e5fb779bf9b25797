# A story written for this test: a speaker who says another actor did wrong
# (a verb of wrongdoing: misled, dismantled, lied, rigged, ...) criticises
# it (111), in a reported clause or in a quote with its attribution; not when
# negated or only supposed ("if ... has misled"). Run by tests/stories.sh.
text: tests/stories/wrongdoing.txt
date: 2016-06-01
dictionaries: default

1 USALEG USAGOV 111            # "Obama has steadily dismantled ...," said Goodlatte
2 USALEG USAGOV 111            # said the administration misled Congress
3 -                            # "had not misled": no criticism
4 -                            # "if ... has misled": a supposition
5 USALEG USAGOV 111            # "X's decision to end the program is a shameful act," said Portman (the infinitive is the subject's)
6 USALEG USAGOV 111            # "tweeted" is speech; "was trying to silence": an attempt at wrongdoing
7 USALEG USAGOV 111            # what follows the colon after "said" is what was said
