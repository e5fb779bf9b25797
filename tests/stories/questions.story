# A story written for this test: a question asserts nothing ("How has Trump
# insulted Mexico?"); a statement is coded. Run by tests/stories.sh.
text: tests/stories/questions.txt
date: 2016-06-01
dictionaries: default

1 -                            # a question that opens with "How"
2 -                            # "Would Russia attack Ukraine?"
3 RUS UKR 190                  # the statement
