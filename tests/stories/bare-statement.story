# A story written for this test: issuing or releasing a statement, report or
# list is no event of its own unless it is addressed to an actor ("a
# statement to X"); what the statement does (condemns, praises) is coded.
# Run by tests/stories.sh.
text: tests/stories/bare-statement.txt
date: 2018-03-05
dictionaries: default

1 -                            # a statement from the family: no addressee
2 DEU GBR 111                  # "a joint statement condemning Britain"
2 FRA GBR 111
2 USA GBR 111
3 -                            # releasing a list of Russians is no statement to Russia
4 GBRGOV RUSGOV 010            # addressed to the ambassador
